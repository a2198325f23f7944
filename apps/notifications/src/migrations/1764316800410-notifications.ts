import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and places notifications need (contacts, programmes and their members, users seen),
 * the in-app inbox, preferences, webhook subscriptions, and the delivery table the worker sends
 * from. The unique dedupe key makes every (event, recipient, channel) exist once.
 */
export class Notifications1764316800410 implements MigrationInterface {
  name = 'Notifications1764316800410';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE contact (
        id               uuid PRIMARY KEY,
        organisation_id  uuid NOT NULL,
        name             text NOT NULL,
        email            text NOT NULL,
        role             text NOT NULL,
        language         text NOT NULL,
        removed          boolean NOT NULL DEFAULT false,
        last_event_id    uuid NOT NULL
      )`);
    await runner.query(`CREATE INDEX contact_organisation ON contact (organisation_id) WHERE NOT removed`);
    await runner.query(`
      CREATE TABLE known_programme (
        id                        uuid PRIMARY KEY,
        name                      text NOT NULL,
        backbone_organisation_id  uuid,
        last_event_id             uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE programme_member (
        membership_id    uuid PRIMARY KEY,
        programme_id     uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        roles            text[] NOT NULL,
        left_on          date
      )`);
    await runner.query(`CREATE INDEX programme_member_programme ON programme_member (programme_id)`);
    await runner.query(`
      CREATE TABLE user_profile (
        subject        text PRIMARY KEY,
        username       text,
        email          text,
        language       text,
        organisations  uuid[] NOT NULL DEFAULT '{}',
        roles          text[] NOT NULL DEFAULT '{}',
        last_seen_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX user_profile_email ON user_profile (lower(email))`);
    await runner.query(`
      CREATE TABLE preference (
        subject   text NOT NULL REFERENCES user_profile (subject),
        category  text NOT NULL,
        channel   text NOT NULL CHECK (channel IN ('email', 'in-app')),
        setting   text NOT NULL CHECK (setting IN ('on', 'off', 'digest')),
        PRIMARY KEY (subject, category, channel)
      )`);
    await runner.query(`
      CREATE TABLE notification (
        id               uuid PRIMARY KEY,
        event_id         uuid NOT NULL,
        event_type       text NOT NULL,
        category         text NOT NULL,
        critical         boolean NOT NULL,
        programme_id     uuid,
        organisation_id  uuid NOT NULL,
        audience_role    text NOT NULL,
        title_da         text NOT NULL,
        title_en         text NOT NULL,
        body_da          text NOT NULL,
        body_en          text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, organisation_id, audience_role)
      )`);
    await runner.query(
      `CREATE INDEX notification_audience ON notification (organisation_id, created_at DESC)`,
    );
    await runner.query(`
      CREATE TABLE notification_read (
        notification_id  uuid NOT NULL REFERENCES notification (id),
        subject          text NOT NULL,
        read_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, subject)
      )`);
    await runner.query(`
      CREATE TABLE webhook_subscription (
        id                      uuid PRIMARY KEY,
        owner_client_id         text NOT NULL,
        owner_organisations     uuid[] NOT NULL,
        url                     text NOT NULL,
        event_types             text[] NOT NULL,
        programme_ids           uuid[] NOT NULL,
        description             text NOT NULL,
        secret                  text NOT NULL,
        previous_secret         text,
        previous_secret_until   timestamptz,
        enabled                 boolean NOT NULL DEFAULT true,
        disabled_reason         text,
        created_at              timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE delivery (
        id               uuid PRIMARY KEY,
        seq              bigint GENERATED ALWAYS AS IDENTITY,
        dedupe_key       text NOT NULL UNIQUE,
        channel          text NOT NULL CHECK (channel IN ('email', 'webhook')),
        recipient        text NOT NULL,
        subscription_id  uuid REFERENCES webhook_subscription (id),
        event_id         uuid,
        event_type       text,
        category         text,
        language         text,
        subject          text NOT NULL,
        body             text NOT NULL,
        status           text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'held', 'digested', 'dead')),
        attempts         int NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz,
        lease_until      timestamptz,
        last_error       text,
        last_status_code int,
        dead_reason      text,
        replays          int NOT NULL DEFAULT 0,
        digest_id        uuid,
        created_at       timestamptz NOT NULL DEFAULT now(),
        sent_at          timestamptz,
        dead_at          timestamptz
      )`);
    await runner.query(
      `CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('pending', 'sending')`,
    );
    await runner.query(`CREATE INDEX delivery_dead ON delivery (dead_at) WHERE status = 'dead'`);
    await runner.query(`CREATE INDEX delivery_held ON delivery (recipient) WHERE status = 'held'`);
    await runner.query(`CREATE INDEX delivery_subscription ON delivery (subscription_id, seq)`);
    await runner.query(`CREATE INDEX delivery_event ON delivery (event_id)`);
    await runner.query(`
      CREATE TABLE delivery_attempt (
        delivery_id  uuid NOT NULL REFERENCES delivery (id),
        attempt      int NOT NULL,
        at           timestamptz NOT NULL,
        duration_ms  int NOT NULL,
        outcome      text NOT NULL,
        status_code  int,
        error        text,
        PRIMARY KEY (delivery_id, attempt, at)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'delivery_attempt',
      'delivery',
      'webhook_subscription',
      'notification_read',
      'notification',
      'preference',
      'user_profile',
      'programme_member',
      'known_programme',
      'contact',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
