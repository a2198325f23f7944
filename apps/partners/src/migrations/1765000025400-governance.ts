import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A programme's bodies and their members, meetings, the decision log and action items. */
export class Governance1765000025400 implements MigrationInterface {
  name = 'Governance1765000025400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE governance_body (
        id           uuid PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES programme (id),
        kind         text NOT NULL CHECK (kind IN ('steering-group', 'working-group')),
        name         text NOT NULL,
        goal_id      uuid,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX governance_body_programme ON governance_body (programme_id)`);
    await runner.query(`
      CREATE TABLE governance_body_member (
        body_id         uuid NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
        position        integer NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        person_name     text NOT NULL,
        role            text NOT NULL CHECK (role IN ('chair', 'member', 'secretary', 'observer')),
        PRIMARY KEY (body_id, position)
      )`);
    await runner.query(`
      CREATE TABLE meeting (
        id           uuid PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES programme (id),
        body_id      uuid NOT NULL REFERENCES governance_body (id),
        title        text NOT NULL,
        starts_at    timestamptz NOT NULL,
        ends_at      timestamptz NOT NULL,
        location     text NOT NULL DEFAULT '',
        agenda       text[] NOT NULL DEFAULT '{}',
        documents    jsonb NOT NULL DEFAULT '[]',
        minutes      text,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX meeting_programme ON meeting (programme_id, starts_at)`);
    await runner.query(`
      CREATE TABLE decision (
        id            uuid PRIMARY KEY,
        programme_id  uuid NOT NULL REFERENCES programme (id),
        meeting_id    uuid REFERENCES meeting (id),
        title         text NOT NULL,
        text          text NOT NULL DEFAULT '',
        decided_on    date NOT NULL,
        goal_ids      uuid[] NOT NULL DEFAULT '{}',
        activity_ids  uuid[] NOT NULL DEFAULT '{}',
        indicator_ids uuid[] NOT NULL DEFAULT '{}',
        award_ids     uuid[] NOT NULL DEFAULT '{}',
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX decision_programme ON decision (programme_id, decided_on DESC)`);
    await runner.query(`
      CREATE TABLE action_item (
        id                    uuid PRIMARY KEY,
        programme_id          uuid NOT NULL REFERENCES programme (id),
        meeting_id            uuid REFERENCES meeting (id),
        title                 text NOT NULL,
        owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
        owner_name            text NOT NULL,
        due_date              date NOT NULL,
        done_at               timestamptz,
        reminded_at           timestamptz,
        created_at            timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX action_item_programme ON action_item (programme_id, due_date)`);
    await runner.query(
      `CREATE INDEX action_item_unreminded ON action_item (due_date) WHERE done_at IS NULL AND reminded_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['action_item', 'decision', 'meeting', 'governance_body_member', 'governance_body'])
      await runner.query(`DROP TABLE ${table}`);
  }
}
