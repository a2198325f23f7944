import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data subject requests (issue 24): the request, each service's answer, and the request's private
 * key apart (never audited: erasing it is what makes every sealed copy unreadable).
 */
export class DataSubjectRequests1765100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE data_subject_request (
        id           uuid PRIMARY KEY,
        kind         text NOT NULL CHECK (kind IN ('access', 'erasure')),
        reference    text NOT NULL,
        status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'closed')),
        keycloak     text NOT NULL CHECK (keycloak IN ('found', 'deleted', 'none')),
        opened_by    text NOT NULL,
        opened_at    timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE data_subject_part (
        request_id  uuid NOT NULL REFERENCES data_subject_request (id),
        service     text NOT NULL,
        counts      jsonb NOT NULL,
        sealed      jsonb,
        reported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (request_id, service)
      )`);
    await runner.query(`
      CREATE TABLE data_subject_request_key (
        request_id  uuid PRIMARY KEY REFERENCES data_subject_request (id),
        private_key text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE data_subject_request_key, data_subject_part, data_subject_request`);
  }
}
