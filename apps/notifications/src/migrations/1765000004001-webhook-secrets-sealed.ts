import type { MigrationInterface, QueryRunner } from 'typeorm';
import { notificationsConfig } from '../config.js';
import { isSealed, openSecret, sealSecret } from '../webhooks/secret-box.js';

interface SecretRow {
  id: string;
  secret: string;
  previous_secret: string | null;
}

/**
 * Webhook signing secrets were stored in plain text: they are encrypted with WEBHOOK_SECRET_KEY
 * (AES-256-GCM, webhooks/secret-box.ts) and the columns renamed, so that nothing reads a sealed
 * value as a secret by its old name. Runs with the key of the environment it migrates in.
 */
export class WebhookSecretsSealed1765000004001 implements MigrationInterface {
  name = 'WebhookSecretsSealed1765000004001';

  async up(runner: QueryRunner): Promise<void> {
    const key = notificationsConfig().WEBHOOK_SECRET_KEY;
    const rows = (await runner.query(
      `SELECT id, secret, previous_secret FROM webhook_subscription FOR UPDATE`,
    )) as SecretRow[];
    for (const row of rows) {
      const seal = (value: string) => (isSealed(value) ? value : sealSecret(value, key, row.id));
      await runner.query(`UPDATE webhook_subscription SET secret = $2, previous_secret = $3 WHERE id = $1`, [
        row.id,
        seal(row.secret),
        row.previous_secret === null ? null : seal(row.previous_secret),
      ]);
    }
    await runner.query(`ALTER TABLE webhook_subscription RENAME COLUMN secret TO secret_sealed`);
    await runner.query(
      `ALTER TABLE webhook_subscription RENAME COLUMN previous_secret TO previous_secret_sealed`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const key = notificationsConfig().WEBHOOK_SECRET_KEY;
    await runner.query(`ALTER TABLE webhook_subscription RENAME COLUMN secret_sealed TO secret`);
    await runner.query(
      `ALTER TABLE webhook_subscription RENAME COLUMN previous_secret_sealed TO previous_secret`,
    );
    const rows = (await runner.query(
      `SELECT id, secret, previous_secret FROM webhook_subscription FOR UPDATE`,
    )) as SecretRow[];
    for (const row of rows) {
      await runner.query(`UPDATE webhook_subscription SET secret = $2, previous_secret = $3 WHERE id = $1`, [
        row.id,
        openSecret(row.secret, key, row.id),
        row.previous_secret === null ? null : openSecret(row.previous_secret, key, row.id),
      ]);
    }
  }
}
