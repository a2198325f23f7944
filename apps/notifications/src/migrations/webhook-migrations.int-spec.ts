import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource, migrate } from '@samvirke/persistence';
import { dropSchema, uniqueSuiteId } from '@samvirke/testing';
import { notificationsDataSourceSpec } from '../app.module.js';
import { notificationsConfig } from '../config.js';
import { openSecret } from '../webhooks/secret-box.js';
import { newWebhookSecret } from '../webhooks/signing.js';

/**
 * A database as it was before issue 16 (plain-text secrets, internal event types, a queued
 * webhook of an internal event), migrated: the secrets are sealed, the types public.
 */
const schema = uniqueSuiteId('webhook-migrations');
const secret = newWebhookSecret();
const previous = newWebhookSecret();
const [mapped, unmappable, delivery] = [randomUUID(), randomUUID(), randomUUID()];
let db: DataSource;

beforeAll(async () => {
  process.env['DATABASE_SCHEMA'] = schema;
  const spec = notificationsDataSourceSpec();
  const before = spec.migrations.findIndex((migration) => migration.name.endsWith('1765000004001'));
  const old = createDataSource({ ...spec, migrations: spec.migrations.slice(0, before) });
  await migrate(old);
  await old.query(
    `INSERT INTO webhook_subscription (id, owner_client_id, owner_organisations, url, event_types, programme_ids,
                                       description, secret, previous_secret, previous_secret_until)
     VALUES ($1, 'erp', '{}', 'https://erp.example/hook',
             ARRAY['dk.samvirke.partners.programme.created.v1', 'dk.samvirke.measurement.submission.approved.v1',
                   'dk.samvirke.grants.grant.awarded.v1'], '{}', '', $3, $4, now() + interval '1 hour'),
            ($2, 'erp', '{}', 'https://erp.example/other', ARRAY['dk.samvirke.grants.tranche.paid.v1'], '{}', '',
             $3, NULL, NULL)`,
    [mapped, unmappable, secret, previous],
  );
  await old.query(
    `INSERT INTO delivery (id, dedupe_key, channel, recipient, subscription_id, event_id, event_type, subject, body,
                           status, next_attempt_at)
     VALUES ($1, 'webhook:x', 'webhook', $2::text, $2::uuid, $3, 'dk.samvirke.measurement.submission.approved.v1', 'x',
             '{"data":{"approvedBy":"reporter.kobenhavn"}}', 'pending', now())`,
    [delivery, mapped, randomUUID()],
  );
  await old.destroy();
  db = createDataSource(spec);
  await migrate(db);
}, 60_000);

afterAll(async () => {
  await db?.destroy();
  await dropSchema(schema, ['samvirke_notifications']);
});

describe('migrating webhook subscriptions', () => {
  it('encrypts the secrets in place, each opening only with the key and its own row', async () => {
    const rows = await db.query<
      { id: string; secret_sealed: string; previous_secret_sealed: string | null }[]
    >(`SELECT id, secret_sealed, previous_secret_sealed FROM webhook_subscription ORDER BY id = $1 DESC`, [
      mapped,
    ]);
    const key = notificationsConfig().WEBHOOK_SECRET_KEY;
    const [first, second] = rows;
    expect(JSON.stringify(rows)).not.toContain(secret.slice(6));
    expect(openSecret(first?.secret_sealed ?? '', key, mapped)).toBe(secret);
    expect(openSecret(first?.previous_secret_sealed ?? '', key, mapped)).toBe(previous);
    expect(second?.previous_secret_sealed).toBeNull();
    expect(() => openSecret(first?.secret_sealed ?? '', key, unmappable)).toThrow();
    expect(() => openSecret(first?.secret_sealed ?? '', Buffer.alloc(32, 1), mapped)).toThrow();
  });

  it('moves subscriptions to the public counterparts of their types, and disables one with none', async () => {
    const rows = await db.query<
      { id: string; event_types: string[]; enabled: boolean; disabled_reason: string }[]
    >(`SELECT id, event_types, enabled, disabled_reason FROM webhook_subscription ORDER BY id = $1 DESC`, [
      mapped,
    ]);
    expect(rows[0]).toMatchObject({
      event_types: ['dk.samvirke.public.grant.awarded.v1', 'dk.samvirke.public.programme.created.v1'],
      enabled: true,
    });
    expect(rows[1]).toMatchObject({ event_types: [], enabled: false });
    expect(rows[1]?.disabled_reason).toMatch(/public event types only/);
  });

  it('never sends a queued webhook of an internal event, and forgets its personal data', async () => {
    const [row] = await db.query<{ status: string; body: string }[]>(
      `SELECT status, body FROM delivery WHERE id = $1`,
      [delivery],
    );
    expect(row).toEqual({ status: 'dead', body: '{}' });
  });
});
