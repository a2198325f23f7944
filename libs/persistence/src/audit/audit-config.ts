import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

/** The audit trail's settings, the same in every service (docs/privacy.md lists the defaults). */
export const auditConfigSchema = z.object({
  /** How often new entries are sealed into the hash chain. */
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).default(1_000),
  /** How long audit entries are kept (default 5 years, the bookkeeping period). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(1_826),
  /** How often entries past retention are removed. */
  AUDIT_RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
});

export type AuditConfig = z.infer<typeof auditConfigSchema>;

export function auditConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  return loadConfig(auditConfigSchema, env);
}
