import type { EntityManager } from 'typeorm';
import type { DeliveryDto, Page } from '@samvirke/contracts';

interface DeliveryRow {
  id: string;
  channel: DeliveryDto['channel'];
  status: DeliveryDto['status'];
  event_id: string | null;
  event_type: string | null;
  category: DeliveryDto['category'];
  subscription_id: string | null;
  language: DeliveryDto['language'];
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  last_status_code: number | null;
  replays: number;
  created_at: Date;
  sent_at: Date | null;
  dead_at: Date | null;
  attempt_log: {
    attempt: number;
    at: string;
    duration_ms: number;
    outcome: 'delivered' | 'failed';
    status_code: number | null;
    error: string | null;
  }[];
  total: string;
}

/** SQL conditions over alias d, with their parameters ($1 … in order). */
export interface DeliveryFilter {
  readonly where: string[];
  readonly params: unknown[];
}

/** Adds `d.<column> = $n` for each value given. */
export function whereEqual(
  filter: DeliveryFilter,
  columns: readonly (readonly [column: string, value: unknown])[],
): DeliveryFilter {
  for (const [column, value] of columns) {
    if (value === undefined) continue;
    filter.params.push(value);
    filter.where.push(`d.${column} = $${filter.params.length}`);
  }
  return filter;
}

/**
 * Sends the dead deliveries matching the filter again, e-mail or webhook: back to the worker with a
 * fresh schedule of attempts, the replay counted. Returns how many.
 */
export async function replayDeliveries(
  manager: EntityManager,
  { where, params }: DeliveryFilter,
): Promise<number> {
  const [, replayed] = await manager.query<[unknown[], number]>(
    `UPDATE delivery d SET status = 'pending', attempts = 0, next_attempt_at = now(),
            dead_at = NULL, dead_reason = NULL, replays = replays + 1
      WHERE ${where.join(' AND ')} RETURNING d.id`,
    params,
  );
  return replayed;
}

/** One delivery as the API shows it, if the filter (over alias d) lets it through. */
export async function findDelivery(
  manager: EntityManager,
  filter: DeliveryFilter,
): Promise<DeliveryDto | undefined> {
  return (await listDeliveries(manager, filter, { limit: 1, offset: 0 })).items[0];
}

/** Deliveries matching `where` (SQL over alias d), with their attempts, as the API shows them. */
export async function listDeliveries(
  db: EntityManager,
  { where, params }: DeliveryFilter,
  page: { limit: number; offset: number },
  order = 'd.seq DESC',
): Promise<Page<DeliveryDto>> {
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = await db.query<DeliveryRow[]>(
    `SELECT d.*, count(*) OVER ()::text AS total,
            coalesce((SELECT json_agg(json_build_object('attempt', a.attempt, 'at', a.at, 'duration_ms', a.duration_ms,
                                      'outcome', a.outcome, 'status_code', a.status_code, 'error', a.error) ORDER BY a.at)
                        FROM delivery_attempt a WHERE a.delivery_id = d.id), '[]') AS attempt_log
       FROM delivery d ${clause} ORDER BY ${order}
      LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && page.offset > 0) {
    const [count] = await db.query<{ total: string }[]>(
      `SELECT count(*)::text AS total FROM delivery d ${clause}`,
      params,
    );
    total = Number(count?.total ?? 0);
  }
  return { items: rows.map(toDeliveryDto), total, limit: page.limit, offset: page.offset };
}

function toDeliveryDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    channel: row.channel,
    status: row.status,
    eventId: row.event_id,
    eventType: row.event_type,
    category: row.category,
    subscriptionId: row.subscription_id,
    language: row.language,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    lastError: row.last_error,
    lastStatusCode: row.last_status_code,
    replays: row.replays,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    deadAt: row.dead_at?.toISOString() ?? null,
    attemptLog: row.attempt_log.map((attempt) => ({
      attempt: attempt.attempt,
      at: new Date(attempt.at).toISOString(),
      durationMs: attempt.duration_ms,
      outcome: attempt.outcome,
      statusCode: attempt.status_code,
      error: attempt.error,
    })),
  };
}
