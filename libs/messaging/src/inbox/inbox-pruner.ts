import type { DataSource } from 'typeorm';

export const INBOX_PRUNE_BATCH = 5_000;

/**
 * Deletes inbox rows older than the retention window, `batchSize` rows per statement so that no
 * statement holds many locks or writes a long transaction; returns how many went. Within the
 * window every row stays, so a redelivered event is still refused as a duplicate. Replayed and
 * discarded dead letters go after the same window. Run by the publishing relay only (one per service): it holds
 * the leader lock, so replicas do not prune side by side.
 */
export async function pruneInbox(
  dataSource: Pick<DataSource, 'query'>,
  retentionDays: number,
  batchSize = INBOX_PRUNE_BATCH,
  /** Asked between batches: false stops (a relay that is shutting down). */
  keepGoing: () => boolean = () => true,
): Promise<number> {
  const seconds = retentionDays * 86_400;
  let total = 0;
  for (;;) {
    // No index on handled_at (it would be written with every event); old rows sit at the start
    // of the heap, so each batch's scan finds them first.
    const [, deleted] = await dataSource.query<[unknown, number]>(
      `DELETE FROM inbox_message WHERE ctid IN (
         SELECT ctid FROM inbox_message WHERE handled_at < now() - make_interval(secs => $1) LIMIT $2)`,
      [seconds, batchSize],
    );
    total += deleted;
    if (deleted < batchSize || !keepGoing()) break;
  }
  await dataSource.query(
    `DELETE FROM consumer_dead_letter
      WHERE coalesce(replayed_at, discarded_at) < now() - make_interval(secs => $1)`,
    [seconds],
  );
  return total;
}
