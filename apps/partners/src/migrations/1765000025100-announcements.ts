import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Announcements to a programme's members, who they went to, and who has read them. */
export class Announcements1765000025100 implements MigrationInterface {
  name = 'Announcements1765000025100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE announcement (
        id                      uuid PRIMARY KEY,
        programme_id            uuid NOT NULL REFERENCES programme (id),
        title                   text NOT NULL,
        body                    text NOT NULL,
        audience_organisations  uuid[] NOT NULL DEFAULT '{}',
        audience_roles          text[] NOT NULL DEFAULT '{}',
        author_organisation_id  uuid NOT NULL REFERENCES organisation (id),
        author_username         text,
        publish_at              timestamptz NOT NULL,
        published_at            timestamptz,
        created_at              timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX announcement_programme ON announcement (programme_id, publish_at DESC)`);
    await runner.query(
      `CREATE INDEX announcement_due ON announcement (publish_at) WHERE published_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE announcement_recipient (
        announcement_id uuid NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        PRIMARY KEY (announcement_id, organisation_id)
      )`);
    await runner.query(`
      CREATE TABLE announcement_read (
        announcement_id uuid NOT NULL REFERENCES announcement (id) ON DELETE CASCADE,
        username        text NOT NULL,
        organisation_id uuid NOT NULL,
        read_at         timestamptz NOT NULL,
        PRIMARY KEY (announcement_id, username)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE announcement_read`);
    await runner.query(`DROP TABLE announcement_recipient`);
    await runner.query(`DROP TABLE announcement`);
  }
}
