import type { EntityManager } from 'typeorm';
import type { FeedGrant } from '@samvirke/contracts';

interface GrantRow {
  client_id: string;
  programme_id: string;
  granted_at: Date;
}

const toGrant = (row: GrantRow): FeedGrant => ({
  clientId: row.client_id,
  programmeId: row.programme_id,
  grantedAt: row.granted_at.toISOString(),
});

/** Every grant, or one client's, ordered by client and when it was granted. */
export async function listGrants(manager: EntityManager, clientId: string | undefined): Promise<FeedGrant[]> {
  const rows = await manager.query<GrantRow[]>(
    `SELECT client_id, programme_id, granted_at FROM feed_grant
     WHERE $1::text IS NULL OR client_id = $1 ORDER BY client_id, granted_at, programme_id`,
    [clientId ?? null],
  );
  return rows.map(toGrant);
}

/** Whether the projector has recorded this programme (grants may only name known programmes). */
export async function programmeKnown(manager: EntityManager, programmeId: string): Promise<boolean> {
  const rows = await manager.query<unknown[]>(`SELECT 1 FROM feed_programme WHERE id = $1`, [programmeId]);
  return rows.length > 0;
}

/** Records the grant unless it is there (the first grant is kept), and reads it back. */
export async function insertGrant(
  manager: EntityManager,
  grant: { clientId: string; programmeId: string; grantedBy: string },
): Promise<FeedGrant | undefined> {
  await manager.query(
    `INSERT INTO feed_grant (client_id, programme_id, granted_by) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [grant.clientId, grant.programmeId, grant.grantedBy],
  );
  const [row] = await manager.query<GrantRow[]>(
    `SELECT client_id, programme_id, granted_at FROM feed_grant WHERE client_id = $1 AND programme_id = $2`,
    [grant.clientId, grant.programmeId],
  );
  return row && toGrant(row);
}

/** How many of these programmes are granted to the client (each counted once). */
export async function countGranted(
  manager: EntityManager,
  clientId: string,
  programmeIds: readonly string[],
): Promise<number> {
  const [row] = await manager.query<{ count: string }[]>(
    `SELECT count(DISTINCT programme_id)::text AS count FROM feed_grant
      WHERE client_id = $1 AND programme_id = ANY($2)`,
    [clientId, programmeIds],
  );
  return Number(row?.count ?? 0);
}

/** The programmes granted to a client. */
export async function grantedProgrammes(manager: EntityManager, clientId: string): Promise<string[]> {
  const rows = await manager.query<{ programme_id: string }[]>(
    `SELECT programme_id FROM feed_grant WHERE client_id = $1`,
    [clientId],
  );
  return rows.map((row) => row.programme_id);
}

/** Removes a grant; the number of rows removed (0 or 1). */
export async function deleteGrant(
  manager: EntityManager,
  clientId: string,
  programmeId: string,
): Promise<number> {
  const [, deleted] = await manager.query<[unknown[], number]>(
    `DELETE FROM feed_grant WHERE client_id = $1 AND programme_id = $2`,
    [clientId, programmeId],
  );
  return deleted;
}
