import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brings every service's copy of partners' directory to one shape, whichever variant its earlier
 * migrations made (grants: no slug, joined_on or registered_at; measurement: no goal_ids or
 * registered_at; notifications: no archived, status, slug, goal_ids or joined_on), and makes it on a
 * database that has none. Idempotent. Columns some variants lacked are nullable (goal_ids empty): rows a
 * service kept before this migration have no value for them until partners' next event about the row.
 * No foreign keys: events of different aggregates may arrive in any order.
 */
export class CommonDirectory1765000017000 implements MigrationInterface {
  name = 'CommonDirectory1765000017000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of [...ORGANISATION, ...PROGRAMME, ...MEMBER]) await runner.query(statement);
  }

  /**
   * Leaves the common shape: it holds every earlier variant's columns, with their types and
   * defaults, so code written for any of them still reads and writes it; the earlier migrations'
   * down() drop the tables.
   */
  async down(): Promise<void> {
    // Nothing to undo (see above).
  }
}

const ORGANISATION = [
  `CREATE TABLE IF NOT EXISTS known_organisation (
     id uuid PRIMARY KEY, name text NOT NULL, type text NOT NULL, last_event_id uuid NOT NULL)`,
  `ALTER TABLE known_organisation ADD COLUMN IF NOT EXISTS archived boolean NOT NULL DEFAULT false`,
  `ALTER TABLE known_organisation ADD COLUMN IF NOT EXISTS registered_at timestamptz`,
  `ALTER TABLE known_organisation ALTER COLUMN registered_at DROP NOT NULL`,
];

const PROGRAMME = [
  `CREATE TABLE IF NOT EXISTS known_programme (
     id uuid PRIMARY KEY, name text NOT NULL, backbone_organisation_id uuid, last_event_id uuid NOT NULL)`,
  `ALTER TABLE known_programme ADD COLUMN IF NOT EXISTS slug text`,
  `ALTER TABLE known_programme ALTER COLUMN slug DROP NOT NULL`,
  `ALTER TABLE known_programme ADD COLUMN IF NOT EXISTS status text`,
  `ALTER TABLE known_programme ALTER COLUMN status DROP NOT NULL`,
  `ALTER TABLE known_programme ADD COLUMN IF NOT EXISTS goal_ids uuid[] NOT NULL DEFAULT '{}'`,
];

const MEMBER = [
  `CREATE TABLE IF NOT EXISTS programme_member (
     membership_id uuid PRIMARY KEY, programme_id uuid NOT NULL, organisation_id uuid NOT NULL,
     roles text[] NOT NULL, left_on date)`,
  `ALTER TABLE programme_member ADD COLUMN IF NOT EXISTS joined_on date`,
  `ALTER TABLE programme_member ALTER COLUMN joined_on DROP NOT NULL`,
  // Access checks look up current members of a programme; the fan-out also reads past ones.
  `CREATE INDEX IF NOT EXISTS programme_member_current ON programme_member (programme_id, organisation_id)
     WHERE left_on IS NULL`,
  `CREATE INDEX IF NOT EXISTS programme_member_programme ON programme_member (programme_id)`,
];
