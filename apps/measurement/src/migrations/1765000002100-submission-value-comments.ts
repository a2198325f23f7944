import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reporter's note on one value (a CSV file's kommentar column, or the form's comment field). Free
 * text, bounded like the API bounds it; null when there is none. Adding a nullable column without a
 * default changes no existing row, so it is instant on a large submission_value.
 */
export class SubmissionValueComments1765000002100 implements MigrationInterface {
  name = 'SubmissionValueComments1765000002100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE submission_value ADD COLUMN comment text
         CONSTRAINT submission_value_comment_length CHECK (char_length(comment) BETWEEN 1 AND 500)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE submission_value DROP COLUMN comment`);
  }
}
