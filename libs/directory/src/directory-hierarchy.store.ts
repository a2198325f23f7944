import type { EntityManager } from 'typeorm';

/**
 * The organisation's ancestors as the directory knows them, its parent first, up to the
 * top-level organisation (a municipality); empty for an organisation that stands on its own.
 * Bounded, so that a stale row could never make it run away.
 */
export async function organisationAncestors(manager: EntityManager, id: string): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `WITH RECURSIVE up AS (
       SELECT parent_id AS id, 1 AS depth FROM known_organisation WHERE id = $1 AND parent_id IS NOT NULL
       UNION ALL
       SELECT o.parent_id, up.depth + 1 FROM known_organisation o JOIN up ON o.id = up.id
        WHERE o.parent_id IS NOT NULL AND up.depth < 10)
     SELECT id FROM up ORDER BY depth`,
    [id],
  );
  return rows.map((row) => row.id);
}

/** The organisation's direct parent, when it is a sub-unit. */
export async function parentOrganisation(manager: EntityManager, id: string): Promise<string | null> {
  const [row] = await manager.query<{ parent_id: string | null }[]>(
    `SELECT parent_id FROM known_organisation WHERE id = $1`,
    [id],
  );
  return row?.parent_id ?? null;
}

/** These organisations and every sub-unit below them (bounded like organisationAncestors). */
export async function withSubUnits(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `WITH RECURSIVE down AS (
       SELECT unnest($1::uuid[]) AS id, 0 AS depth
       UNION ALL
       SELECT o.id, down.depth + 1 FROM known_organisation o JOIN down ON o.parent_id = down.id
        WHERE down.depth < 10)
     SELECT DISTINCT id FROM down`,
    [ids],
  );
  return rows.map((row) => row.id);
}
