import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The collective impact health check: rounds, the anonymous responses, who has answered (kept
 * apart from the responses: no column joins the two, and neither has a time of answering), and
 * the backbone's follow-up actions. docs/privacy.md explains the anonymity.
 */
export class HealthCheck1766400000000 implements MigrationInterface {
  name = 'HealthCheck1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE health_check_round (
        id               uuid PRIMARY KEY,
        programme_id     uuid NOT NULL REFERENCES programme (id),
        title            text NOT NULL,
        opens_on         date NOT NULL,
        closes_on        date NOT NULL CHECK (closes_on >= opens_on),
        closed_at        timestamptz,
        item_set_version integer NOT NULL,
        min_responses    integer NOT NULL CHECK (min_responses > 0),
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX health_check_round_programme ON health_check_round (programme_id, opens_on)`,
    );
    await runner.query(
      `CREATE INDEX health_check_round_to_close ON health_check_round (closes_on) WHERE closed_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE health_check_respondent (
        round_id uuid NOT NULL REFERENCES health_check_round (id),
        subject  text NOT NULL,
        PRIMARY KEY (round_id, subject)
      )`);
    await runner.query(`
      CREATE TABLE health_check_response (
        id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES health_check_round (id),
        answers  jsonb NOT NULL
      )`);
    await runner.query(`CREATE INDEX health_check_response_round ON health_check_response (round_id)`);
    await runner.query(`
      CREATE TABLE health_check_action (
        id                    uuid PRIMARY KEY,
        programme_id          uuid NOT NULL REFERENCES programme (id),
        round_id              uuid REFERENCES health_check_round (id),
        condition             text NOT NULL,
        text                  text NOT NULL,
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        owner_name            text NOT NULL,
        due_date              date NOT NULL,
        recorded_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX health_check_action_programme ON health_check_action (programme_id, due_date)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'health_check_action',
      'health_check_response',
      'health_check_respondent',
      'health_check_round',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
