import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The privilege table the platform admin maintains, starting with the roles the code knew before. */
export class PrivilegeRoles1765036800000 implements MigrationInterface {
  name = 'PrivilegeRoles1765036800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE privilege_role (
        privilege  text PRIMARY KEY,
        role       text NOT NULL
                   CHECK (role IN ('reporter', 'partner-member', 'backbone-coordinator', 'foundation-officer')),
        position   integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      INSERT INTO privilege_role (privilege, role, position, updated_at) VALUES
        ('http://samvirke.example/roles/usersystemrole/indberetter/1', 'reporter', 0, '-infinity'),
        ('http://samvirke.example/roles/usersystemrole/deltager/1', 'partner-member', 1, '-infinity')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE privilege_role`);
  }
}
