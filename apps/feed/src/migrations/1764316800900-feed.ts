import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The integration feed: public events in the order the projector recorded them, the retention
 * horizon, which programmes each integration client may read, and the programmes the feed knows.
 */
export class Feed1764316800900 implements MigrationInterface {
  name = 'Feed1764316800900';

  async up(runner: QueryRunner): Promise<void> {
    // One row: the last position handed out. Taking it with UPDATE ... RETURNING holds its row
    // lock until commit, so positions become visible in order and a cursor never skips an event.
    await runner.query(`
      CREATE TABLE feed_sequence (
        id            smallint PRIMARY KEY CHECK (id = 1),
        last_position bigint NOT NULL
      )`);
    await runner.query(`INSERT INTO feed_sequence (id, last_position) VALUES (1, 0)`);
    await runner.query(`
      CREATE TABLE feed_horizon (
        id             smallint PRIMARY KEY CHECK (id = 1),
        pruned_through bigint NOT NULL
      )`);
    await runner.query(`INSERT INTO feed_horizon (id, pruned_through) VALUES (1, 0)`);
    await runner.query(`
      CREATE TABLE feed_entry (
        position     bigint PRIMARY KEY,
        event_id     uuid NOT NULL UNIQUE,
        event_type   text NOT NULL,
        source       text NOT NULL,
        subject      text NOT NULL,
        programme_id uuid,
        time         timestamptz NOT NULL,
        data         jsonb NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX feed_entry_programme ON feed_entry (programme_id, position)`);
    await runner.query(`CREATE INDEX feed_entry_recorded ON feed_entry (recorded_at)`);
    await runner.query(`
      CREATE FUNCTION feed_entry_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('samvirke_feed', TG_TABLE_SCHEMA);
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER feed_entry_inserted AFTER INSERT ON feed_entry
      FOR EACH STATEMENT EXECUTE FUNCTION feed_entry_notify()`);
    await runner.query(`
      CREATE TABLE feed_programme (
        id            uuid PRIMARY KEY,
        name          text NOT NULL,
        last_event_id uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE feed_grant (
        client_id    text NOT NULL,
        programme_id uuid NOT NULL,
        granted_at   timestamptz NOT NULL DEFAULT now(),
        granted_by   text NOT NULL,
        PRIMARY KEY (client_id, programme_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE feed_grant`);
    await runner.query(`DROP TABLE feed_programme`);
    await runner.query(`DROP TABLE feed_entry`);
    await runner.query(`DROP FUNCTION feed_entry_notify()`);
    await runner.query(`DROP TABLE feed_horizon`);
    await runner.query(`DROP TABLE feed_sequence`);
  }
}
