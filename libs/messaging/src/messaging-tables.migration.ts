import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service's migrations begin with `messagingMigrations`. */
export class MessagingTables1764316800000 implements MigrationInterface {
  name = 'MessagingTables1764316800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox_message (
        position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id           uuid NOT NULL UNIQUE,
        topic        text NOT NULL,
        message_key  text NOT NULL,
        event_type   text NOT NULL,
        headers      jsonb NOT NULL,
        payload      jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await runner.query(
      `CREATE INDEX outbox_message_pending ON outbox_message (position) WHERE published_at IS NULL`,
    );
    await runner.query(
      `CREATE INDEX outbox_message_published ON outbox_message (published_at) WHERE published_at IS NOT NULL`,
    );
    await runner.query(`
      CREATE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('samvirke_outbox', TG_TABLE_SCHEMA);
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER outbox_message_inserted AFTER INSERT ON outbox_message
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_notify()`);
    await runner.query(`
      CREATE TABLE inbox_message (
        consumer    text NOT NULL,
        event_id    uuid NOT NULL,
        event_type  text NOT NULL,
        outcome     text NOT NULL CHECK (outcome IN ('handled', 'dead-lettered')),
        handled_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inbox_message`);
    await runner.query(`DROP TRIGGER outbox_message_inserted ON outbox_message`);
    await runner.query(`DROP FUNCTION outbox_message_notify()`);
    await runner.query(`DROP TABLE outbox_message`);
  }
}
