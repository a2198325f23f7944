import type { EntityManager } from 'typeorm';
import type { ImportedVersion } from '@samvirke/contracts';

/** Gives a version just written as a draft the decision and dates it had before it was imported. */
export async function recordImportedDecision(
  manager: EntityManager,
  id: string,
  version: ImportedVersion,
  importedBy: string,
): Promise<void> {
  await manager.query(
    `UPDATE submission SET status = $2, saved_at = $3, submitted_at = $3, decided_by = $4, decided_at = $5,
            comment = $6
      WHERE id = $1`,
    [id, version.decision, version.submittedAt, importedBy, version.decidedAt, version.comment ?? null],
  );
}
