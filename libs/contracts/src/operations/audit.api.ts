import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';

/** One recorded change (or read of personal data) in a service's audit trail. */
export const auditEntrySchema = z.object({
  seq: z.string(),
  /** Position in the service's hash chain; null until sealed (within seconds). */
  chainNo: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
  table: z.string(),
  action: z.enum(['INSERT', 'UPDATE', 'DELETE', 'READ']),
  rowKey: z.string().nullable(),
  programmeId: z.string().nullable(),
  actor: z.object({
    subject: z.string().nullable(),
    /** Null when the person was erased (the subject id stays: pseudonymised, not deleted). */
    username: z.string().nullable(),
    clientId: z.string().nullable(),
    organisations: z.array(z.string()),
    onBehalfOf: z.string().nullable(),
  }),
  /** `POST /programmes/:id` or the type of the event that caused the change. */
  operation: z.string().nullable(),
  correlationId: z.string().nullable(),
  causationId: z.string().nullable(),
  /** Changed columns: before and after; an erased value reads `{"$redacted": <digest>}`. */
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
  hash: z.string().nullable(),
  redacted: z.boolean(),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export const auditQuerySchema = z.strictObject({
  /** Required for a backbone coordinator (their programme); platform admins may leave it out. */
  programme: z.uuid().optional(),
  table: z.string().regex(TABLE_NAME).optional(),
  row: z.string().min(1).max(200).optional(),
  /** The acting person's or client's subject id. */
  actor: z.string().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** The `next` of the previous page. */
  after: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  /** Pass as `after` for the next page; null on the last. */
  next: z.string().nullable(),
});

export type AuditPage = z.infer<typeof auditPageSchema>;

const WHO =
  'Platform admins read every entry; a backbone coordinator reads the entries of a programme (`programme`) whose backbone their organisation is (otherwise 404); everyone else 403. A platform admin reading entries is itself recorded (a READ entry).';

/** The audit trail operations every service serves (libs/persistence); `name` keeps the ids unique. */
export function auditOperations(name: string): HttpOperation[] {
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return [
    op.get(`list${title}AuditEntries`, '/audit/entries', {
      summary: `Who changed what in ${name}, oldest first (platform admins; a programme's backbone)`,
      query: auditQuerySchema,
      ...access(
        `Every write of the service, recorded in the same transaction, with the changed fields before and after. ${WHO}`,
      ).answers(auditPageSchema, 404),
    }),
    op.get(`export${title}AuditEntries`, '/audit/export', {
      summary: `The ${name} audit entries the same query finds, as CSV (up to 50,000)`,
      description: `Semicolon-separated with a BOM for Danish Excel; one row per entry, the changes as JSON. ${WHO}`,
      query: auditQuerySchema.omit({ limit: true }),
      responseType: 'text/csv',
      errors: [404],
    }),
  ];
}
