import type { EntityManager } from 'typeorm';

/** Removes entries recorded before `cutoff` (a prefix of the feed) and moves the horizon past them. */
export async function pruneEntriesBefore(manager: EntityManager, cutoff: Date): Promise<number> {
  const [bound] = await manager.query<{ position: string | null }[]>(
    `SELECT max(position)::text AS position FROM feed_entry WHERE recorded_at < $1`,
    [cutoff],
  );
  if (!bound?.position) return 0;
  const deleted = await manager.query<[unknown[], number]>(`DELETE FROM feed_entry WHERE position <= $1`, [
    bound.position,
  ]);
  await manager.query(`UPDATE feed_horizon SET pruned_through = GREATEST(pruned_through, $1) WHERE id = 1`, [
    bound.position,
  ]);
  return deleted[1];
}
