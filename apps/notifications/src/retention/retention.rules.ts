import type { RetentionRule } from '@samvirke/persistence';
import { z } from 'zod';

/** How long notifications keeps what it sent (docs/privacy.md lists the defaults). */
export const retentionConfigSchema = z.object({
  DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(90),
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(365),
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
});

export type RetentionConfig = z.infer<typeof retentionConfigSchema>;

type Prune = RetentionRule['prune'];

/** The kinds notifications keeps, each with its days from the configuration. */
export function notificationsRetentionRules(
  config: RetentionConfig,
  prune: { deliveries: Prune; inboxItems: Prune },
): RetentionRule[] {
  return [
    { kind: 'deliveries', days: config.DELIVERY_RETENTION_DAYS, prune: prune.deliveries },
    { kind: 'inbox-items', days: config.NOTIFICATION_RETENTION_DAYS, prune: prune.inboxItems },
  ];
}
