import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { attachmentMediaTypeSchema } from './report-attachment.dto.js';

export const attachmentAddedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.attachment.added.v1',
  description:
    "The grantee attached a file (a budget, an auditor's statement, a photo) to a report on an award; the bytes stay in object storage, named here by their SHA-256.",
  public: false,
  schema: z.object({
    attachmentId: z.uuid(),
    reportId: z.uuid(),
    awardId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    awardingOrganisationId: z.uuid(),
    fileName: z.string(),
    mediaType: attachmentMediaTypeSchema,
    sizeBytes: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    uploadedAt: z.iso.datetime({ offset: true }),
  }),
});

export type AttachmentAddedV1 = z.infer<typeof attachmentAddedV1.schema>;
