import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Results-Based Accountability on the programme's indicators (population indicator or performance
 * measure, which of the three questions, direction of a good trend), the story behind the curve per
 * indicator and period with its comments, and each programme's learning log, searched in Danish.
 */
export class ResultsAndLearning1765000070000 implements MigrationInterface {
  name = 'ResultsAndLearning1765000070000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE programme_indicator
      ADD COLUMN rba_kind text CHECK (rba_kind IN ('population', 'performance')),
      ADD COLUMN performance_question text CHECK (performance_question IN ('how-much', 'how-well', 'better-off')),
      ADD COLUMN good_direction text CHECK (good_direction IN ('up', 'down'))`);
    await runner.query(`CREATE TABLE indicator_story (
      programme_id uuid NOT NULL,
      indicator_id uuid NOT NULL REFERENCES indicator (id),
      period text NOT NULL,
      explanation text NOT NULL,
      partners text NOT NULL,
      what_works text NOT NULL,
      actions jsonb NOT NULL,
      updated_by_organisation_id uuid,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (programme_id, indicator_id, period))`);
    await runner.query(`CREATE TABLE story_comment (
      id uuid PRIMARY KEY,
      programme_id uuid NOT NULL,
      indicator_id uuid NOT NULL REFERENCES indicator (id),
      period text NOT NULL,
      organisation_id uuid,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await runner.query(
      `CREATE INDEX story_comment_story ON story_comment (programme_id, indicator_id, period, created_at)`,
    );
    await runner.query(`CREATE TABLE learning_entry (
      id uuid PRIMARY KEY,
      programme_id uuid NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      code text,
      organisation_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', body), 'B')) STORED)`);
    await runner.query(
      `CREATE INDEX learning_entry_programme ON learning_entry (programme_id, created_at DESC)`,
    );
    await runner.query(`CREATE INDEX learning_entry_search ON learning_entry USING gin (search)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE learning_entry`);
    await runner.query(`DROP TABLE story_comment`);
    await runner.query(`DROP TABLE indicator_story`);
    await runner.query(`ALTER TABLE programme_indicator
      DROP COLUMN rba_kind, DROP COLUMN performance_question, DROP COLUMN good_direction`);
  }
}
