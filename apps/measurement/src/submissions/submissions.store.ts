import type { EntityManager } from 'typeorm';
import type { SaveSubmission, SubmissionDto, SubmissionStatus } from '@samvirke/contracts';
import { copyRows } from '@samvirke/persistence';
import type { TrackedIndicator } from './submissions.rules.js';
import { savedValues, type SubmissionValue, type Where } from './submission-workflow.js';

/** `minimal`: the caller asked for the submission without its values (Prefer: return=minimal). */
export interface ResponseOptions {
  readonly minimal?: boolean;
}

export interface SubmissionRow {
  id: string;
  version: number;
  status: SubmissionStatus;
  saved_by: string;
  saved_at: Date;
  submitted_at: Date | null;
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
}

/** Which indicators a version holds values for, which of them have a total, and how many values. */
export interface SubmissionSummary {
  readonly codes: string[];
  readonly totals: string[];
  readonly count: number;
}

/** The latest version, locked until commit when `lock` (the workflow decides on it). */
export async function latestSubmission(
  manager: EntityManager,
  where: Where,
  lock: boolean,
): Promise<SubmissionRow | undefined> {
  const [row] = await manager.query<SubmissionRow[]>(
    `SELECT * FROM submission WHERE period_id = $1 AND organisation_id = $2 ORDER BY version DESC LIMIT 1 ${lock ? 'FOR UPDATE' : ''}`,
    [where.periodId, where.organisationId],
  );
  return row;
}

export async function submissionRow(manager: EntityManager, id: string): Promise<SubmissionRow> {
  const [row] = await manager.query<SubmissionRow[]>(`SELECT * FROM submission WHERE id = $1`, [id]);
  return row;
}

/** Every version's id, newest first. */
export async function versionIds(manager: EntityManager, where: Where): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM submission WHERE period_id = $1 AND organisation_id = $2 ORDER BY version DESC`,
    [where.periodId, where.organisationId],
  );
  return rows.map((row) => row.id);
}

/** Stores the values as the draft: over the existing draft's, or as a new version's. */
export async function writeDraft(
  manager: EntityManager,
  where: Where,
  draft: { id: string; version: number; existing: boolean; savedBy: string },
  values: SaveSubmission['values'],
  tracked: ReadonlyMap<string, TrackedIndicator>,
): Promise<void> {
  if (draft.existing) {
    await manager.query(`UPDATE submission SET saved_by = $2, saved_at = now() WHERE id = $1`, [
      draft.id,
      draft.savedBy,
    ]);
    await manager.query(`DELETE FROM submission_value WHERE submission_id = $1`, [draft.id]);
  } else {
    await manager.query(
      `INSERT INTO submission (id, programme_id, period_id, organisation_id, version, status, saved_by)
       VALUES ($1, $2, $3, $4, $5, 'draft', $6)`,
      [draft.id, where.programmeId, where.periodId, where.organisationId, draft.version, draft.savedBy],
    );
  }
  // The values were checked against `tracked`: every indicator is there.
  await copyRows(
    manager,
    'submission_value',
    ['submission_id', 'indicator_id', 'disaggregation', 'value', 'comment'],
    values.map((value) => [
      draft.id,
      tracked.get(value.indicator)!.id,
      value.disaggregation ?? '',
      value.value,
      value.comment || null,
    ]),
  );
}

export async function markSubmitted(manager: EntityManager, id: string): Promise<void> {
  await manager.query(`UPDATE submission SET status = 'submitted', submitted_at = now() WHERE id = $1`, [id]);
}

export async function recordDecision(
  manager: EntityManager,
  id: string,
  decision: { status: 'approved' | 'returned'; by: string; comment: string | null },
): Promise<void> {
  await manager.query(
    `UPDATE submission SET status = $2, decided_by = $3, decided_at = now(), comment = $4 WHERE id = $1`,
    [id, decision.status, decision.by, decision.comment],
  );
}

export async function submissionSummary(manager: EntityManager, id: string): Promise<SubmissionSummary> {
  const rows = await manager.query<{ code: string; has_total: boolean; values: number }[]>(
    `SELECT i.code, bool_or(v.disaggregation = '') AS has_total, count(*)::int AS values
       FROM submission_value v JOIN indicator i ON i.id = v.indicator_id
      WHERE v.submission_id = $1 GROUP BY i.code ORDER BY i.code COLLATE "C"`,
    [id],
  );
  return {
    codes: rows.map((row) => row.code),
    totals: rows.filter((row) => row.has_total).map((row) => row.code),
    count: rows.reduce((sum, row) => sum + row.values, 0),
  };
}

/**
 * One version as the API shows it. With `minimal` the values are left out; a summary the caller
 * has already read supplies their count without reading them again.
 */
export async function readSubmission(
  manager: EntityManager,
  where: Where,
  id: string,
  options: ResponseOptions = {},
  summary?: SubmissionSummary,
): Promise<SubmissionDto> {
  const row = await submissionRow(manager, id);
  if (options.minimal)
    return toDto(where, row, [], (summary ?? (await submissionSummary(manager, id))).count);
  // One JSON document built by PostgreSQL and parsed natively: a submission may hold 100,000
  // values, and per-row result objects would cost several times more. Sorted in code-unit order
  // (COLLATE "C"), the order sortValues() sorts in. A comment is there only on values that have one.
  const [{ values }] = await manager.query<{ values: SubmissionValue[] | null }[]>(
    `SELECT json_agg(CASE WHEN v.comment IS NULL
                       THEN json_build_object('indicator', i.code, 'disaggregation', NULLIF(v.disaggregation, ''), 'value', v.value)
                       ELSE json_build_object('indicator', i.code, 'disaggregation', NULLIF(v.disaggregation, ''), 'value', v.value, 'comment', v.comment)
                     END ORDER BY i.code COLLATE "C", v.disaggregation COLLATE "C") AS values
       FROM submission_value v JOIN indicator i ON i.id = v.indicator_id
      WHERE v.submission_id = $1`,
    [id],
  );
  return toDto(where, row, values ?? [], values?.length ?? 0);
}

/** A version just saved with these values: they are the ones given, no need to read 100,000 back. */
export async function savedSubmission(
  manager: EntityManager,
  where: Where,
  id: string,
  given: SaveSubmission['values'],
  options: ResponseOptions,
): Promise<SubmissionDto> {
  const row = await submissionRow(manager, id);
  if (options.minimal) return toDto(where, row, [], given.length);
  const values = savedValues(given);
  return toDto(where, row, values, values.length);
}

export function toDto(
  where: Where,
  row: SubmissionRow,
  values: SubmissionValue[],
  valueCount: number,
): SubmissionDto {
  return {
    id: row.id,
    ...where,
    version: row.version,
    status: row.status,
    values,
    valueCount,
    savedBy: row.saved_by,
    savedAt: row.saved_at.toISOString(),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
  };
}
