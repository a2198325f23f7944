import type { EntityManager } from 'typeorm';
import type { TranchePayment } from '@samvirke/contracts';
import { ore } from '../access/grants-access.js';
import { leadBudget } from '../joint/joint.rules.js';
import { granteePayments, type GranteeBudgets } from './grantee-payments.rules.js';

interface PartRow {
  funder_organisation_id: string;
  funder_cvr: string | null;
  amount_ore: string;
  grantee_cvr: string | null;
}

interface GranteeRow {
  lead: string;
  lead_cvr: string | null;
  requested: string | null;
  organisation_id: string | null;
  budget_ore: string | null;
  cvr: string | null;
}

/**
 * Who pays whom how much of a tranche, with the CVR numbers grants keeps from partners'
 * organisation events: the funders with money in the tranche (a part of 0 øre has nothing to pay),
 * and each grantee's part of it (a joint application's partners in proportion to their budgets).
 */
export async function tranchePaymentParties(
  manager: EntityManager,
  trancheId: string,
): Promise<Omit<TranchePayment, 'dueDate'> & Required<Pick<TranchePayment, 'grantees'>>> {
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
  const parts = rows.map((row) => ({
    funderOrganisationId: row.funder_organisation_id,
    funderCvr: row.funder_cvr,
    amountOre: ore(row.amount_ore),
  }));
  const { budgets, cvrs } = await granteesOf(manager, trancheId);
  return {
    granteeCvr: rows[0]?.grantee_cvr ?? null,
    parts,
    grantees: granteePayments(parts, budgets, (id) => cvrs.get(id) ?? null),
  };
}

/** The award's lead and, for a joint application, its partners' budgets, with every grantee's CVR. */
async function granteesOf(
  manager: EntityManager,
  trancheId: string,
): Promise<{ budgets: GranteeBudgets; cvrs: Map<string, string | null> }> {
  const rows = await manager.query<GranteeRow[]>(
    `SELECT a.grantee_organisation_id AS lead, g.cvr AS lead_cvr, ap.requested_amount_ore::text AS requested,
            p.organisation_id, p.budget_ore::text AS budget_ore, k.cvr
       FROM tranche t
       JOIN award a ON a.id = t.award_id
       JOIN application ap ON ap.id = a.application_id
       LEFT JOIN known_organisation g ON g.id = a.grantee_organisation_id
       LEFT JOIN application_partner p ON p.application_id = ap.id
       LEFT JOIN known_organisation k ON k.id = p.organisation_id
      WHERE t.id = $1
      ORDER BY p.position`,
    [trancheId],
  );
  const first = rows[0];
  const partners = rows.flatMap((row) =>
    row.organisation_id && row.budget_ore
      ? [{ organisationId: row.organisation_id, budgetOre: ore(row.budget_ore) }]
      : [],
  );
  const requested = first?.requested ? ore(first.requested) : null;
  const lead = { organisationId: first?.lead ?? '', budgetOre: leadBudget(requested, partners) ?? 0 };
  const cvrs = new Map<string, string | null>([[lead.organisationId, first?.lead_cvr ?? null]]);
  for (const row of rows) if (row.organisation_id) cvrs.set(row.organisation_id, row.cvr);
  return { budgets: { lead, partners }, cvrs };
}
