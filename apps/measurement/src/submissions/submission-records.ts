import type { EntityManager } from 'typeorm';
import type {
  ListSubmissionsQuery,
  Page,
  SubmissionDto,
  SubmissionListItem,
  SubmissionStatus,
} from '@samvirke/contracts';

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

/**
 * The latest version per period and organisation in programme $1, narrowed to period $2,
 * organisation $3 (each when not null), the organisations $5 unless $4 (every organisation) and
 * status $6 (when not null); the caller selects from `listed`.
 */
const LISTED_SUBMISSIONS = `
  WITH latest AS (
    SELECT DISTINCT ON (s.period_id, s.organisation_id) s.*, p.period
      FROM submission s JOIN reporting_period p ON p.id = s.period_id
     WHERE s.programme_id = $1
       AND ($2::uuid IS NULL OR s.period_id = $2)
       AND ($3::uuid IS NULL OR s.organisation_id = $3)
       AND ($4 OR s.organisation_id = ANY($5::uuid[]))
     ORDER BY s.period_id, s.organisation_id, s.version DESC),
  listed AS (SELECT * FROM latest WHERE $6::text IS NULL OR status = $6)`;

/**
 * A page of the latest version of each organisation's submission per period, without values,
 * newest period first; `organisations` narrows it to those organisations unless it is 'all'.
 */
export async function listLatestSubmissions(
  manager: EntityManager,
  programmeId: string,
  query: ListSubmissionsQuery,
  organisations: readonly string[] | 'all',
): Promise<Page<SubmissionListItem>> {
  const filters = [
    programmeId,
    query.periodId ?? null,
    query.organisationId ?? null,
    organisations === 'all',
    organisations === 'all' ? [] : organisations,
    query.status ?? null,
  ];
  const rows = await manager.query<(SubmissionRow & { period_id: string; organisation_id: string })[]>(
    `${LISTED_SUBMISSIONS} SELECT * FROM listed ORDER BY period DESC, organisation_id LIMIT $7 OFFSET $8`,
    [...filters, query.limit, query.offset],
  );
  const items = rows.map((row) => {
    const where = { programmeId, periodId: row.period_id, organisationId: row.organisation_id };
    const { values: _values, valueCount: _valueCount, ...item } = toDto(where, row, [], 0);
    return item;
  });
  // A first page shorter than the limit is the whole list; otherwise count it.
  const total =
    query.offset === 0 && rows.length < query.limit
      ? rows.length
      : ((
          await manager.query<{ total: number }[]>(
            `${LISTED_SUBMISSIONS} SELECT count(*)::int AS total FROM listed`,
            filters,
          )
        )[0]?.total ?? 0);
  return { items, total, limit: query.limit, offset: query.offset };
}
