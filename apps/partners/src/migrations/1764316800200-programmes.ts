import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Programmes1764316800200 implements MigrationInterface {
  name = 'Programmes1764316800200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE contact (
        id              uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        name            text NOT NULL,
        email           text NOT NULL,
        role            text NOT NULL,
        language        text NOT NULL CHECK (language IN ('da', 'en')),
        created_at      timestamptz NOT NULL DEFAULT now(),
        removed_at      timestamptz
      )`);
    await runner.query(
      `CREATE INDEX contact_organisation ON contact (organisation_id) WHERE removed_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE programme (
        id                       uuid PRIMARY KEY,
        slug                     text NOT NULL UNIQUE,
        name                     text NOT NULL,
        problem_statement        text NOT NULL,
        vision                   text NOT NULL,
        themes                   text[] NOT NULL DEFAULT '{}',
        start_date               date NOT NULL,
        end_date                 date,
        status                   text NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'active', 'closed')),
        backbone_organisation_id uuid REFERENCES organisation (id),
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= start_date)
      )`);
    await runner.query(`
      CREATE TABLE programme_goal (
        id           uuid PRIMARY KEY,
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        title        text NOT NULL,
        description  text NOT NULL DEFAULT '',
        position     integer NOT NULL
      )`);
    await runner.query(`CREATE INDEX programme_goal_programme ON programme_goal (programme_id, position)`);
    await runner.query(`
      CREATE TABLE membership (
        id              uuid PRIMARY KEY,
        programme_id    uuid NOT NULL REFERENCES programme (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        roles           text[] NOT NULL CHECK (cardinality(roles) > 0),
        joined_on       date NOT NULL,
        left_on         date,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    // One current membership per organisation and programme; ended ones stay as history.
    await runner.query(
      `CREATE UNIQUE INDEX membership_current ON membership (programme_id, organisation_id) WHERE left_on IS NULL`,
    );
    await runner.query(
      `CREATE INDEX membership_organisation ON membership (organisation_id) WHERE left_on IS NULL`,
    );
    await runner.query(`
      CREATE TABLE activity (
        id              uuid PRIMARY KEY,
        programme_id    uuid NOT NULL REFERENCES programme (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        title           text NOT NULL,
        description     text NOT NULL DEFAULT '',
        status          text NOT NULL CHECK (status IN ('planned', 'ongoing', 'completed', 'paused', 'cancelled')),
        start_date      date,
        end_date        date,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX activity_programme ON activity (programme_id)`);
    await runner.query(`
      CREATE TABLE activity_goal (
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        goal_id     uuid NOT NULL REFERENCES programme_goal (id),
        PRIMARY KEY (activity_id, goal_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'activity_goal',
      'activity',
      'membership',
      'programme_goal',
      'programme',
      'contact',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
