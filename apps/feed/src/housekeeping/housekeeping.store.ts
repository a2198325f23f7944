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

/** An integration client with Kafka access and the programmes it is granted. */
export interface IntegrationAccess {
  readonly clientId: string;
  readonly programmeIds: readonly string[];
}

/** These clients' granted programmes (a client without grants: none). */
export async function kafkaGrants(
  manager: EntityManager,
  clientIds: readonly string[],
): Promise<IntegrationAccess[]> {
  const rows = await manager.query<{ client_id: string; programme_ids: string[] }[]>(
    `SELECT client_id, array_agg(programme_id::text ORDER BY programme_id) AS programme_ids
       FROM feed_grant WHERE client_id = ANY($1) GROUP BY client_id`,
    [clientIds],
  );
  const granted = new Map(rows.map((row) => [row.client_id, row.programme_ids]));
  return clientIds.map((clientId) => ({ clientId, programmeIds: granted.get(clientId) ?? [] }));
}
