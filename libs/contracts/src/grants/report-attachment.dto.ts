import { z } from 'zod';

/**
 * What a grantee may attach to a report (budgets, auditor's statements, photos), as the file's own
 * bytes show it: the content is sniffed, the declared Content-Type only has to agree.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentMediaType[];
export const attachmentMediaTypeSchema = z.enum(ATTACHMENT_MEDIA_TYPES as [AttachmentMediaType]);

/** The request header that names the uploaded file: its name, percent-encoded UTF-8 (encodeURIComponent). */
export const ATTACHMENT_FILE_NAME_HEADER = 'file-name';

/** A file attached to a grant report, stored in S3-compatible object storage; the bytes are downloaded apart. */
export const reportAttachmentSchema = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  awardId: z.uuid(),
  fileName: z.string(),
  mediaType: attachmentMediaTypeSchema,
  sizeBytes: z.number().int().positive(),
  /** Hex SHA-256 of the bytes, checked again on every download. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedBy: z.string(),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type ReportAttachmentDto = z.infer<typeof reportAttachmentSchema>;

export const reportAttachmentsSchema = z.object({ attachments: z.array(reportAttachmentSchema) });
export type ReportAttachmentsDto = z.infer<typeof reportAttachmentsSchema>;
