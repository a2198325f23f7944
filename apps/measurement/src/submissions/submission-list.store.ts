import type { EntityManager } from 'typeorm';
import type { ListSubmissionsQuery, Page, SubmissionListItem } from '@samvirke/contracts';
import { toDto, type SubmissionRow } from './submissions.store.js';

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
    query.offset === 0 && rows.length < query.limit ? rows.length : await countListed(manager, filters);
  return { items, total, limit: query.limit, offset: query.offset };
}

async function countListed(manager: EntityManager, filters: readonly unknown[]): Promise<number> {
  const [row] = await manager.query<{ total: number }[]>(
    `${LISTED_SUBMISSIONS} SELECT count(*)::int AS total FROM listed`,
    filters,
  );
  return row?.total ?? 0;
}
