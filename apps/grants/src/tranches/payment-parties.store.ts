import type { EntityManager } from 'typeorm';
import type { TranchePayment } from '@samvirke/contracts';
import { ore } from '../access/grants-access.js';

interface PartRow {
  funder_organisation_id: string;
  funder_cvr: string | null;
  amount_ore: string;
  grantee_cvr: string | null;
}

/**
 * Who pays whom how much of a tranche, with the CVR numbers grants keeps from partners'
 * organisation events: the funders with money in the tranche (a part of 0 øre has nothing to pay).
 */
export async function tranchePaymentParties(
  manager: EntityManager,
  trancheId: string,
): Promise<Omit<TranchePayment, 'dueDate'>> {
  const rows = await manager.query<PartRow[]>(
    `SELECT s.funder_organisation_id, f.cvr AS funder_cvr, s.amount_ore::text AS amount_ore, g.cvr AS grantee_cvr
       FROM tranche_share s
       JOIN tranche t ON t.id = s.tranche_id
       JOIN award a ON a.id = t.award_id
       LEFT JOIN known_organisation f ON f.id = s.funder_organisation_id
       LEFT JOIN known_organisation g ON g.id = a.grantee_organisation_id
      WHERE s.tranche_id = $1 AND s.amount_ore > 0
      ORDER BY s.funder_organisation_id`,
    [trancheId],
  );
  return {
    granteeCvr: rows[0]?.grantee_cvr ?? null,
    parts: rows.map((row) => ({
      funderOrganisationId: row.funder_organisation_id,
      funderCvr: row.funder_cvr,
      amountOre: ore(row.amount_ore),
    })),
  };
}
