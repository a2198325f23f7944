import type { EntityManager } from 'typeorm';
import { findMunicipality } from '@samvirke/contracts';

/** Where an organisation is: its kommunekode and the region that follows from it (none for others). */
export async function placeOrganisation(
  manager: EntityManager,
  organisationId: string,
  kommunekode: string | null,
): Promise<void> {
  const regionCode = kommunekode ? (findMunicipality(kommunekode)?.regionCode ?? null) : null;
  await manager.query(
    `INSERT INTO organisation_place (organisation_id, kommunekode, region_code) VALUES ($1, $2, $3)
     ON CONFLICT (organisation_id) DO UPDATE SET kommunekode = EXCLUDED.kommunekode, region_code = EXCLUDED.region_code`,
    [organisationId, kommunekode, regionCode],
  );
  await placeSubUnits(manager);
}

/**
 * A sub-unit (a forvaltning or institution, with a parent in the directory) is where the
 * municipality at the top of its tree is, so its approved values count in that region. Run after
 * every organisation event, since a parent's event and its sub-units' may arrive in any order.
 */
async function placeSubUnits(manager: EntityManager): Promise<void> {
  await manager.query(
    `WITH RECURSIVE top AS (
       SELECT id, id AS top_id, 0 AS depth FROM known_organisation WHERE parent_id IS NULL
       UNION ALL
       SELECT o.id, top.top_id, top.depth + 1 FROM known_organisation o JOIN top ON o.parent_id = top.id
        WHERE top.depth < 10)
     INSERT INTO organisation_place (organisation_id, kommunekode, region_code)
     SELECT top.id, p.kommunekode, p.region_code
       FROM top JOIN organisation_place p ON p.organisation_id = top.top_id
      WHERE top.depth > 0
     ON CONFLICT (organisation_id) DO UPDATE SET kommunekode = EXCLUDED.kommunekode, region_code = EXCLUDED.region_code`,
  );
}
