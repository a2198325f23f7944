import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Grants1764316800400 implements MigrationInterface {
  name = 'Grants1764316800400';

  async up(runner: QueryRunner): Promise<void> {
    // What grants knows of partners, from partners' events (no foreign keys: events of different
    // aggregates may arrive in any order).
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
        name                     text NOT NULL,
        status                   text NOT NULL,
        backbone_organisation_id uuid,
        goal_ids                 uuid[] NOT NULL DEFAULT '{}',
        last_event_id            uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE programme_member (
        membership_id   uuid PRIMARY KEY,
        programme_id    uuid NOT NULL,
        organisation_id uuid NOT NULL,
        roles           text[] NOT NULL,
        left_on         date
      )`);
    await runner.query(
      `CREATE INDEX programme_member_current ON programme_member (programme_id, organisation_id) WHERE left_on IS NULL`,
    );
    // What grants knows of measurement: the latest decided version per organisation and period.
    await runner.query(`
      CREATE TABLE reported_period (
        programme_id    uuid NOT NULL,
        period_id       uuid NOT NULL,
        organisation_id uuid NOT NULL,
        period          text NOT NULL,
        submission_id   uuid NOT NULL,
        version         integer NOT NULL,
        status          text NOT NULL CHECK (status IN ('approved', 'returned')),
        indicator_codes text[] NOT NULL,
        PRIMARY KEY (programme_id, period_id, organisation_id)
      )`);
    await runner.query(`
      CREATE TABLE funding_commitment (
        id                     uuid PRIMARY KEY,
        programme_id           uuid NOT NULL,
        funder_organisation_id uuid NOT NULL,
        amount_ore             bigint NOT NULL CHECK (amount_ore > 0),
        period_start           date NOT NULL,
        period_end             date NOT NULL CHECK (period_end >= period_start),
        committed_by           text NOT NULL,
        committed_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX funding_commitment_funder ON funding_commitment (programme_id, funder_organisation_id)`,
    );
    await runner.query(`
      CREATE TABLE grant_call (
        id                     uuid PRIMARY KEY,
        programme_id           uuid NOT NULL,
        funder_organisation_id uuid NOT NULL,
        title                  text NOT NULL,
        description            text NOT NULL,
        budget_ore             bigint NOT NULL CHECK (budget_ore > 0),
        opens_at               timestamptz NOT NULL,
        closes_at              timestamptz NOT NULL CHECK (closes_at > opens_at),
        eligible_types         text[] NOT NULL,
        criteria               jsonb NOT NULL,
        opened_announced       boolean NOT NULL DEFAULT false,
        closed_announced       boolean NOT NULL DEFAULT false,
        created_by             text NOT NULL,
        created_at             timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX grant_call_programme ON grant_call (programme_id)`);
    await runner.query(`
      CREATE TABLE application (
        id                        uuid PRIMARY KEY,
        call_id                   uuid NOT NULL REFERENCES grant_call (id),
        programme_id              uuid NOT NULL,
        applicant_organisation_id uuid NOT NULL,
        status                    text NOT NULL,
        title                     text NOT NULL DEFAULT '',
        description               text NOT NULL DEFAULT '',
        requested_amount_ore      bigint CHECK (requested_amount_ore > 0),
        budget_lines              jsonb NOT NULL DEFAULT '[]',
        goal_ids                  uuid[] NOT NULL DEFAULT '{}',
        created_by                text NOT NULL,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        submitted_at              timestamptz,
        decided_at                timestamptz,
        decision_reason           text
      )`);
    await runner.query(`CREATE INDEX application_call ON application (call_id)`);
    await runner.query(`
      CREATE TABLE review_assignment (
        id                uuid PRIMARY KEY,
        application_id    uuid NOT NULL REFERENCES application (id),
        reviewer_username text NOT NULL,
        status            text NOT NULL CHECK (status IN ('assigned', 'conflicted', 'completed')),
        conflict_reason   text,
        scores            jsonb,
        comment           text,
        weighted_score    numeric(6, 2),
        assigned_by       text NOT NULL,
        assigned_at       timestamptz NOT NULL DEFAULT now(),
        completed_at      timestamptz,
        UNIQUE (application_id, reviewer_username)
      )`);
    await runner.query(`
      CREATE TABLE award (
        id                      uuid PRIMARY KEY,
        application_id          uuid NOT NULL UNIQUE REFERENCES application (id),
        call_id                 uuid NOT NULL REFERENCES grant_call (id),
        programme_id            uuid NOT NULL,
        grantee_organisation_id uuid NOT NULL,
        title                   text NOT NULL,
        amount_ore              bigint NOT NULL CHECK (amount_ore > 0),
        awarded_by              text NOT NULL,
        awarded_at              timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX award_programme ON award (programme_id, grantee_organisation_id)`);
    await runner.query(`
      CREATE TABLE award_share (
        award_id               uuid NOT NULL REFERENCES award (id),
        funder_organisation_id uuid NOT NULL,
        amount_ore             bigint NOT NULL CHECK (amount_ore > 0),
        PRIMARY KEY (award_id, funder_organisation_id)
      )`);
    await runner.query(`
      CREATE TABLE award_condition (
        id             uuid PRIMARY KEY,
        award_id       uuid NOT NULL REFERENCES award (id),
        key            text NOT NULL,
        indicator_code text NOT NULL,
        period         text NOT NULL,
        UNIQUE (award_id, key)
      )`);
    await runner.query(`
      CREATE TABLE tranche (
        id                uuid PRIMARY KEY,
        award_id          uuid NOT NULL REFERENCES award (id),
        position          integer NOT NULL,
        amount_ore        bigint NOT NULL CHECK (amount_ore > 0),
        earliest_date     date NOT NULL,
        condition_ids     uuid[] NOT NULL,
        status            text NOT NULL CHECK (status IN ('pending', 'eligible', 'paid')),
        eligible_at       timestamptz,
        paid_at           timestamptz,
        paid_by           text,
        payment_reference text,
        UNIQUE (award_id, position)
      )`);
    // Each funder's part of each tranche (the award's shares spread over its tranches, exactly).
    await runner.query(`
      CREATE TABLE tranche_share (
        tranche_id             uuid NOT NULL REFERENCES tranche (id),
        funder_organisation_id uuid NOT NULL,
        amount_ore             bigint NOT NULL CHECK (amount_ore >= 0),
        PRIMARY KEY (tranche_id, funder_organisation_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'tranche_share',
      'tranche',
      'award_condition',
      'award_share',
      'award',
      'review_assignment',
      'application',
      'grant_call',
      'funding_commitment',
      'reported_period',
      'programme_member',
      'known_programme',
      'known_organisation',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
