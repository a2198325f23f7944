import type { EntityManager } from 'typeorm';
import type { SubmissionDto, SubmissionStatus } from '@samvirke/contracts';

/** Which organisation's submission for which period of which programme. */
export interface Where {
  readonly programmeId: string;
  readonly periodId: string;
  readonly organisationId: string;
}

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

export type SubmissionValue = SubmissionDto['values'][number];

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
  // (COLLATE "C"), the order sortValues() sorts in.
  const [{ values }] = await manager.query<{ values: SubmissionValue[] | null }[]>(
    `SELECT json_agg(json_build_object('indicator', i.code, 'disaggregation', NULLIF(v.disaggregation, ''), 'value', v.value)
                     ORDER BY i.code COLLATE "C", v.disaggregation COLLATE "C") AS values
       FROM submission_value v JOIN indicator i ON i.id = v.indicator_id
      WHERE v.submission_id = $1`,
    [id],
  );
  return toDto(where, row, values ?? [], values?.length ?? 0);
}

/** Indicator code, then disaggregation (the total first): the order of the template. */
export function sortValues(values: SubmissionValue[]): SubmissionValue[] {
  return values.sort((a, b) => {
    if (a.indicator !== b.indicator) return a.indicator < b.indicator ? -1 : 1;
    const left = a.disaggregation ?? '';
    const right = b.disaggregation ?? '';
    return left === right ? 0 : left < right ? -1 : 1;
  });
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
