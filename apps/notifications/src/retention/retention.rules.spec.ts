import { notificationsRetentionRules, retentionConfigSchema } from './retention.rules.js';

describe('notifications retention', () => {
  const prune = { deliveries: () => Promise.resolve(0), inboxItems: () => Promise.resolve(0) };

  it('keeps deliveries 90 days and inbox items a year unless configured otherwise', () => {
    const rules = notificationsRetentionRules(retentionConfigSchema.parse({}), prune);
    expect(rules.map(({ kind, days }) => [kind, days])).toEqual([
      ['deliveries', 90],
      ['inbox-items', 365],
    ]);
  });

  it('takes the days from the environment and refuses nonsense', () => {
    const config = retentionConfigSchema.parse({
      DELIVERY_RETENTION_DAYS: '30',
      NOTIFICATION_RETENTION_DAYS: '60',
    });
    expect(notificationsRetentionRules(config, prune).map(({ days }) => days)).toEqual([30, 60]);
    expect(retentionConfigSchema.safeParse({ DELIVERY_RETENTION_DAYS: '0' }).success).toBe(false);
  });
});
