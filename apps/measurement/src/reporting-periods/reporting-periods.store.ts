import type { EntityManager } from 'typeorm';
import type {
  OpenReportingPeriod,
  ReportingPeriodDto,
  ReportingPeriodHistoryEntry,
} from '@samvirke/contracts';

interface PeriodRow {
  id: string;
  programme_id: string;
  frequency: ReportingPeriodDto['frequency'];
  period: string;
  due_date: string;
  status: ReportingPeriodDto['status'];
  opened_at: Date;
  closed_at: Date | null;
}

const SELECT = `SELECT id, programme_id, frequency, period, due_date::text AS due_date, status, opened_at, closed_at FROM reporting_period`;

/** Opens a period; a period of that frequency and label in the programme already is a unique violation. */
export async function insertPeriod(
  manager: EntityManager,
  id: string,
  programmeId: string,
  command: OpenReportingPeriod,
): Promise<void> {
  await manager.query(
    `INSERT INTO reporting_period (id, programme_id, frequency, period, due_date, status) VALUES ($1, $2, $3, $4, $5, 'open')`,
    [id, programmeId, command.frequency, command.period, command.dueDate],
  );
}

export async function updatePeriodStatus(
  manager: EntityManager,
  periodId: string,
  status: ReportingPeriodDto['status'],
): Promise<void> {
  await manager.query(
    // A lock keeps the time the period closed, if it was; it is not a close of its own.
    `UPDATE reporting_period SET status = $2,
       closed_at = CASE WHEN $2 = 'closed' THEN now() WHEN $2 = 'locked' THEN closed_at END WHERE id = $1`,
    [periodId, status],
  );
}

/**
 * Moves an open period's due date and forgets the reminders sent against the old one, so the
 * deadline scheduler reminds data providers again as the new date approaches.
 */
export async function updateDueDate(
  manager: EntityManager,
  periodId: string,
  dueDate: string,
): Promise<void> {
  await manager.query(`UPDATE reporting_period SET due_date = $2 WHERE id = $1`, [periodId, dueDate]);
  await manager.query(`DELETE FROM reporting_reminder WHERE period_id = $1`, [periodId]);
}

export async function findPeriod(
  manager: EntityManager,
  programmeId: string,
  id: string,
  lock = false,
): Promise<ReportingPeriodDto | undefined> {
  const [row] = await manager.query<PeriodRow[]>(
    `${SELECT} WHERE id = $1 AND programme_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [id, programmeId],
  );
  return row && toDto(row);
}

export async function listPeriods(
  manager: EntityManager,
  programmeId: string,
): Promise<ReportingPeriodDto[]> {
  const rows = await manager.query<PeriodRow[]>(
    `${SELECT} WHERE programme_id = $1 ORDER BY period, frequency`,
    [programmeId],
  );
  return rows.map(toDto);
}

function toDto(row: PeriodRow): ReportingPeriodDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    frequency: row.frequency,
    period: row.period,
    dueDate: row.due_date,
    status: row.status,
    openedAt: row.opened_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
  };
}

interface HistoryRow {
  action: ReportingPeriodHistoryEntry['action'];
  reason: string | null;
  acted_by: string;
  acted_at: Date;
}

/** Keeps one close, lock or reopening of a period: who, and why when a reason was given. */
export async function recordPeriodAction(
  manager: EntityManager,
  id: string,
  periodId: string,
  entry: Pick<ReportingPeriodHistoryEntry, 'action' | 'reason' | 'by'>,
): Promise<void> {
  await manager.query(
    `INSERT INTO reporting_period_history (id, period_id, action, reason, acted_by) VALUES ($1, $2, $3, $4, $5)`,
    [id, periodId, entry.action, entry.reason, entry.by],
  );
}

export async function periodHistory(
  manager: EntityManager,
  periodId: string,
): Promise<ReportingPeriodHistoryEntry[]> {
  const rows = await manager.query<HistoryRow[]>(
    `SELECT action, reason, acted_by, acted_at FROM reporting_period_history WHERE period_id = $1 ORDER BY acted_at, id`,
    [periodId],
  );
  return rows.map((row) => ({
    action: row.action,
    reason: row.reason,
    by: row.acted_by,
    at: row.acted_at.toISOString(),
  }));
}

/** The programme's current data providers: who reports into its periods and hears of a lock. */
export async function dataProviderIds(manager: EntityManager, programmeId: string): Promise<string[]> {
  const rows = await manager.query<{ organisation_id: string }[]>(
    `SELECT organisation_id FROM programme_member
      WHERE programme_id = $1 AND left_on IS NULL AND 'data-provider' = ANY(roles) ORDER BY organisation_id`,
    [programmeId],
  );
  return rows.map((row) => row.organisation_id);
}
