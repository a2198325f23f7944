import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead letters kept in the consumer's own database, beside its inbox: listed and replayed from
 * here (the dead-letter topic is for other readers and expires with Kafka's retention). A dead
 * letter is open until it is replayed or discarded (one that can never apply, e.g. garbage bytes).
 */
export class ConsumerDeadLetters1765000005000 implements MigrationInterface {
  name = 'ConsumerDeadLetters1765000005000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE consumer_dead_letter (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consumer         text NOT NULL,
        event_id         uuid,
        event_type       text,
        topic            text NOT NULL,
        kafka_partition  integer NOT NULL,
        kafka_offset     text NOT NULL,
        message_key      bytea,
        headers          jsonb NOT NULL,
        value            bytea,
        reason           text NOT NULL,
        error            text NOT NULL,
        attempts         integer NOT NULL,
        dead_lettered_at timestamptz NOT NULL DEFAULT now(),
        replayed_at      timestamptz,
        replay_error     text,
        discarded_at     timestamptz
      )`);
    await runner.query(
      `CREATE INDEX consumer_dead_letter_open ON consumer_dead_letter (consumer, dead_lettered_at)
       WHERE replayed_at IS NULL AND discarded_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE consumer_dead_letter`);
  }
}
