import type { EntityManager } from 'typeorm';
import type { OrganisationCvr } from './grants-directory.rules.js';

/** Grants' writes to its copy of partners' directory beyond libs/directory's common rows. */
export const grantsDirectoryStore = {
  /** The CVR beside the common directory row the first handler of the same event wrote. */
  async keepCvr(manager: EntityManager, { organisationId, cvr }: OrganisationCvr): Promise<void> {
    await manager.query(`UPDATE known_organisation SET cvr = $2 WHERE id = $1`, [organisationId, cvr]);
  },
};
