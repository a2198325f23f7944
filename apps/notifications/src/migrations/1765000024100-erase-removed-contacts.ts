import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications deletes its copy of a removed contact from now on (contact.removed.v1); the
 * copies of contacts removed before kept name and e-mail with `removed`, and are erased here.
 */
export class EraseRemovedContacts1765000024100 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM contact WHERE removed`);
  }

  async down(): Promise<void> {
    // Erased personal data is not restored.
  }
}
