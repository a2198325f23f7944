import { randomUUID } from 'node:crypto';
import { createDataSource, databaseConfigFromEnv, migrate, RetentionJob } from '@samvirke/persistence';
import { metricsRegistry } from '@samvirke/platform';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';
import { notificationsMigrations } from '../migrations/index.js';
import { notificationsRetentionRules, retentionConfigSchema } from './retention.rules.js';
import { pruneDeliveries, pruneInboxItems } from './retention.store.js';

const DAY_MS = 86_400_000;

describe('notifications retention against PostgreSQL', () => {
  const schema = uniqueSuiteId('notifications_retention');
  const dataSource = createDataSource({
    config: { ...databaseConfigFromEnv('samvirke_notifications'), schema },
    entities: [],
    migrations: notificationsMigrations,
  });
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  async function delivery(status: string, at: Date): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO delivery (id, dedupe_key, channel, recipient, subject, body, status, created_at, sent_at)
       VALUES ($1, $4, 'email', 'someone@kk.example', 'Emne', 'Tekst', $2, $3, $3)`,
      [id, status, at, `dedupe-${id}`],
    );
    await dataSource.query(
      `INSERT INTO delivery_attempt (delivery_id, attempt, at, duration_ms, outcome) VALUES ($1, 1, $2, 5, 'sent')`,
      [id, at],
    );
    return id;
  }

  async function notification(at: Date): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO notification (id, event_id, event_type, category, critical, organisation_id, audience_role,
         title_da, title_en, body_da, body_en, created_at)
       VALUES ($1, $2, 'x', 'reporting', false, $4, 'reporter', 't', 't', 'b', 'b', $3)`,
      [id, randomUUID(), at, randomUUID()],
    );
    await dataSource.query(
      `INSERT INTO notification_read (notification_id, subject) VALUES ($1, 'someone')`,
      [id],
    );
    return id;
  }

  const ids = async (table: string) =>
    (await dataSource.query<{ id: string }[]>(`SELECT id FROM ${table} ORDER BY id`))
      .map(({ id }) => id)
      .sort();

  beforeAll(() => migrate(dataSource));
  afterAll(async () => {
    await dataSource.destroy();
    await dropSchema(schema, ['samvirke_notifications']);
  });

  it('removes finished deliveries and inbox items past their days, keeps the rest, and counts them', async () => {
    const oldSent = await delivery('sent', daysAgo(91));
    const oldPending = await delivery('pending', daysAgo(91));
    const recentSent = await delivery('sent', daysAgo(10));
    const oldItem = await notification(daysAgo(366));
    const recentItem = await notification(daysAgo(300));

    const job = new RetentionJob(
      dataSource,
      'notifications-retention',
      notificationsRetentionRules(retentionConfigSchema.parse({}), {
        deliveries: pruneDeliveries,
        inboxItems: pruneInboxItems,
      }),
    );
    expect(await job.runOnce(now)).toEqual({ ran: true, result: { deliveries: 1, 'inbox-items': 1 } });

    expect(await ids('delivery')).toEqual([oldPending, recentSent].sort());
    expect(await ids('notification')).toEqual([recentItem]);
    expect(oldSent).not.toBe(oldItem);
    const [{ attempts }] = await dataSource.query<[{ attempts: number }]>(
      `SELECT count(*)::int AS attempts FROM delivery_attempt WHERE delivery_id = $1`,
      [oldSent],
    );
    expect(attempts).toBe(0);
    const metrics = await metricsRegistry.getSingleMetricAsString('samvirke_retention_removed_total');
    expect(metrics).toContain('samvirke_retention_removed_total{kind="deliveries"} 1');
    expect(metrics).toContain('samvirke_retention_removed_total{kind="inbox-items"} 1');
  });
});
