import { z } from 'zod';
import { attachmentMediaTypeSchema } from '../grants/report-attachment.dto.js';

/**
 * A file attached to an announcement, kept in S3-compatible object storage: the same types as a
 * grant report's attachments (PDF, PNG, JPEG, XLSX, DOCX, CSV), read from the bytes, and its SHA-256.
 */
export const announcementAttachmentSchema = z.object({
  id: z.uuid(),
  announcementId: z.uuid(),
  fileName: z.string(),
  mediaType: attachmentMediaTypeSchema,
  sizeBytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type AnnouncementAttachmentDto = z.infer<typeof announcementAttachmentSchema>;

export const announcementAttachmentsSchema = z.object({ attachments: z.array(announcementAttachmentSchema) });
export type AnnouncementAttachmentsDto = z.infer<typeof announcementAttachmentsSchema>;
