import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorsAndDirectory1764316800300 implements MigrationInterface {
  name = 'IndicatorsAndDirectory1764316800300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE indicator (
        id               uuid PRIMARY KEY,
        code             text NOT NULL UNIQUE,
        name_da          text NOT NULL,
        name_en          text NOT NULL,
        description_da   text NOT NULL DEFAULT '',
        description_en   text NOT NULL DEFAULT '',
        unit             text NOT NULL,
        value_type       text NOT NULL CHECK (value_type IN ('integer', 'decimal')),
        scale            integer NOT NULL DEFAULT 0,
        aggregation      text NOT NULL,
        denominator_id   uuid REFERENCES indicator (id),
        polarity         text NOT NULL,
        disaggregations  jsonb NOT NULL DEFAULT '[]',
        sensitive        boolean NOT NULL DEFAULT false,
        min_value        numeric,
        max_value        numeric,
        created_at       timestamptz NOT NULL DEFAULT now()
      )`);
    // What measurement knows of partners, from partners' events (no foreign keys: events of
    // different aggregates may arrive in any order).
    await runner.query(`
      CREATE TABLE known_organisation (
        id            uuid PRIMARY KEY,
        name          text NOT NULL,
        type          text NOT NULL,
        archived      boolean NOT NULL DEFAULT false,
        last_event_id uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE known_programme (
        id                       uuid PRIMARY KEY,
        slug                     text NOT NULL,
        name                     text NOT NULL,
        status                   text NOT NULL,
        backbone_organisation_id uuid,
        last_event_id            uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE programme_member (
        membership_id   uuid PRIMARY KEY,
        programme_id    uuid NOT NULL,
        organisation_id uuid NOT NULL,
        roles           text[] NOT NULL,
        joined_on       date NOT NULL,
        left_on         date
      )`);
    await runner.query(
      `CREATE INDEX programme_member_current ON programme_member (programme_id, organisation_id) WHERE left_on IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['programme_member', 'known_programme', 'known_organisation', 'indicator']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
