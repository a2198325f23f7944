import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A removed contact is deleted from now on (name and e-mail gone, issue 24); contacts removed
 * before kept their row with removed_at set, and are erased here. Down cannot bring them back.
 */
export class EraseRemovedContacts1765000024100 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM contact WHERE removed_at IS NOT NULL`);
  }

  async down(): Promise<void> {
    // Erased personal data is not restored.
  }
}
