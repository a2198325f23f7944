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
}
