import { z } from 'zod';
import { DATA_SUBJECT_REQUEST_KINDS } from './data-subject-request-opened.v1.js';

export const openDataSubjectRequestSchema = z
  .object({
    kind: z.enum(DATA_SUBJECT_REQUEST_KINDS),
    email: z.email().max(254),
    /** The person's Keycloak username, when it is not found by the e-mail. */
    username: z.string().trim().min(1).max(255).optional(),
    /** The controller's case reference (journal number), not personal data. */
    reference: z.string().trim().min(1).max(100),
  })
  .strict();

export type OpenDataSubjectRequest = z.infer<typeof openDataSubjectRequestSchema>;

export const DATA_SUBJECT_REQUEST_STATUSES = ['open', 'completed', 'closed'] as const;

export const dataSubjectRequestSchema = z.object({
  id: z.uuid(),
  kind: z.enum(DATA_SUBJECT_REQUEST_KINDS),
  reference: z.string(),
  status: z.enum(DATA_SUBJECT_REQUEST_STATUSES),
  /** What Keycloak held: an account found (access), deleted (erasure) or none. */
  keycloak: z.enum(['found', 'deleted', 'none']),
  openedAt: z.iso.datetime({ offset: true }),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The receipt: each service, whether it has answered and what it found or erased (counts per table). */
  services: z.array(
    z.object({
      service: z.string(),
      reportedAt: z.iso.datetime({ offset: true }).nullable(),
      counts: z.record(z.string(), z.number().int()),
    }),
  ),
});

export type DataSubjectRequestDto = z.infer<typeof dataSubjectRequestSchema>;

/** An access export: per service, per table, the rows held about the person. */
export const dataSubjectExportSchema = z.object({
  requestId: z.uuid(),
  reference: z.string(),
  generatedAt: z.iso.datetime({ offset: true }),
  services: z.record(z.string(), z.record(z.string(), z.array(z.record(z.string(), z.unknown())))),
});

export type DataSubjectExport = z.infer<typeof dataSubjectExportSchema>;
