import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AmendmentDto, AmendmentTerms, AwardDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { iso } from '../access/grants-access.js';
import { isOpen } from './award-amendments.rules.js';

interface AmendmentRow {
  id: string;
  award_id: string;
  status: AmendmentDto['status'];
  reason: string;
  before_terms: AmendmentDto['before'];
  after_terms: AmendmentDto['after'];
  proposed_by: string;
  proposed_at: Date;
  applied_at: Date | null;
  agreement_version: number | null;
  withdrawn_by: string | null;
  withdrawn_at: Date | null;
  withdraw_reason: string | null;
  approvals: AmendmentDto['approvals'];
}

export interface NewAmendment {
  id: string;
  awardId: string;
  reason: string;
  before: AmendmentTerms;
  after: AmendmentTerms;
  proposedBy: string;
}

const SELECT_AMENDMENT = `SELECT m.*, (SELECT coalesce(json_agg(json_build_object('funderOrganisationId', p.funder_organisation_id,
    'approvedBy', p.approved_by, 'approvedAt', p.approved_at, 'declinedBy', p.declined_by,
    'declinedAt', p.declined_at, 'declineReason', p.decline_reason) ORDER BY p.funder_organisation_id), '[]')
    FROM award_amendment_approval p WHERE p.amendment_id = m.id) AS approvals FROM award_amendment m`;

function toAmendmentDto(row: AmendmentRow): AmendmentDto {
  return {
    id: row.id,
    awardId: row.award_id,
    status: row.status,
    reason: row.reason,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at.toISOString(),
    appliedAt: iso(row.applied_at),
    withdrawnBy: row.withdrawn_by,
    withdrawnAt: iso(row.withdrawn_at),
    withdrawReason: row.withdraw_reason,
    agreementVersion: row.agreement_version,
    before: row.before_terms,
    after: row.after_terms,
    approvals: row.approvals.map((approval) => ({
      ...approval,
      approvedAt: approval.approvedAt && new Date(approval.approvedAt).toISOString(),
      declinedAt: approval.declinedAt && new Date(approval.declinedAt).toISOString(),
    })),
  };
}

/** An award's amendments with their approvals, and the new terms applied to the award. */
export class AwardAmendmentsStore {
  constructor(private readonly manager: EntityManager) {}

  async pendingId(awardId: string): Promise<string | undefined> {
    const [row] = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM award_amendment WHERE award_id = $1 AND status = 'pending'`,
      [awardId],
    );
    return row?.id;
  }

  async insert(amendment: NewAmendment, approvers: readonly string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO award_amendment (id, award_id, status, reason, before_terms, after_terms, proposed_by)
       VALUES ($1, $2, 'pending', $3, $4, $5, $6)`,
      [
        amendment.id,
        amendment.awardId,
        amendment.reason,
        JSON.stringify(amendment.before),
        JSON.stringify(amendment.after),
        amendment.proposedBy,
      ],
    );
    for (const funder of approvers)
      await this.manager.query(
        `INSERT INTO award_amendment_approval (amendment_id, funder_organisation_id) VALUES ($1, $2)`,
        [amendment.id, funder],
      );
  }

  async load(awardId: string, amendmentId: string): Promise<AmendmentDto> {
    const [row] = await this.manager.query<AmendmentRow[]>(
      `${SELECT_AMENDMENT} WHERE m.id = $1 AND m.award_id = $2`,
      [amendmentId, awardId],
    );
    if (!row) throw new DomainError('not-found', `Award ${awardId} has no amendment ${amendmentId}.`);
    return toAmendmentDto(row);
  }

  async list(awardId: string): Promise<AmendmentDto[]> {
    const rows = await this.manager.query<AmendmentRow[]>(
      `${SELECT_AMENDMENT} WHERE m.award_id = $1 ORDER BY m.proposed_at DESC, m.id`,
      [awardId],
    );
    return rows.map(toAmendmentDto);
  }

  async approve(amendmentId: string, funderId: string, approvedBy: string): Promise<void> {
    await this.manager.query(
      `UPDATE award_amendment_approval SET approved_by = $3, approved_at = now()
        WHERE amendment_id = $1 AND funder_organisation_id = $2`,
      [amendmentId, funderId, approvedBy],
    );
  }

  /** One co-funder declined: the amendment is declined (never applied). */
  async decline(amendmentId: string, funderId: string, by: string, reason: string): Promise<void> {
    await this.manager.query(
      `UPDATE award_amendment_approval SET declined_by = $3, declined_at = now(), decline_reason = $4
        WHERE amendment_id = $1 AND funder_organisation_id = $2`,
      [amendmentId, funderId, by, reason],
    );
    await this.manager.query(`UPDATE award_amendment SET status = 'declined' WHERE id = $1`, [amendmentId]);
  }

  async withdraw(amendmentId: string, by: string, reason: string): Promise<void> {
    await this.manager.query(
      `UPDATE award_amendment SET status = 'withdrawn', withdrawn_by = $2, withdrawn_at = now(),
              withdraw_reason = $3 WHERE id = $1`,
      [amendmentId, by, reason],
    );
  }

  async markApplied(amendmentId: string, agreementVersion: number): Promise<void> {
    await this.manager.query(
      `UPDATE award_amendment SET status = 'applied', applied_at = now(), agreement_version = $2 WHERE id = $1`,
      [amendmentId, agreementVersion],
    );
  }

  /**
   * The award takes the new terms: its amount; its shares (new ones confirmed by the amendment's
   * approval, removed ones gone); its conditions by key (kept ids, so paid tranches still name them);
   * its open tranches rewritten in place, added or removed, each split by `parts` across `funders`.
   */
  async applyTerms(
    award: AwardDto,
    terms: AmendmentTerms,
    parts: number[][],
    decidedBy: string,
  ): Promise<void> {
    await this.manager.query(`UPDATE award SET amount_ore = $2 WHERE id = $1`, [award.id, terms.amountOre]);
    await this.applyShares(award, terms, decidedBy);
    const conditionIds = await this.applyConditions(award, terms);
    const open = award.tranches.filter(isOpen);
    let position = Math.max(0, ...award.tranches.map((t) => t.position));
    for (const [index, tranche] of terms.tranches.entries()) {
      const id = open[index]?.id ?? randomUUID();
      const ids = [...new Set(tranche.conditions)].map((key) => conditionIds.get(key));
      const values = [
        tranche.amountOre,
        tranche.earliestDate,
        ids,
        tranche.awaitsReport,
        tranche.awaitsAgreement,
      ];
      if (open[index])
        await this.manager.query(
          `UPDATE tranche SET amount_ore = $2, earliest_date = $3, condition_ids = $4, awaits_report = $5,
                  awaits_agreement = $6, status = 'pending', eligible_at = NULL WHERE id = $1`,
          [id, ...values],
        );
      else
        await this.manager.query(
          `INSERT INTO tranche (id, award_id, position, amount_ore, earliest_date, condition_ids, status, awaits_report, awaits_agreement)
           VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8)`,
          [id, award.id, ++position, ...values],
        );
      await this.splitTranche(id, terms, parts[index] ?? []);
    }
    for (const surplus of open.slice(terms.tranches.length)) await this.removeTranche(surplus.id);
  }

  /** New shares confirmed by the amendment's approval, changed ones updated, removed ones gone. */
  private async applyShares(award: AwardDto, terms: AmendmentTerms, decidedBy: string): Promise<void> {
    const funders = terms.shares.map((share) => share.funderOrganisationId);
    await this.manager.query(
      `DELETE FROM award_share WHERE award_id = $1 AND NOT (funder_organisation_id = ANY($2::uuid[]))`,
      [award.id, funders],
    );
    for (const share of terms.shares)
      await this.manager.query(
        `INSERT INTO award_share (award_id, funder_organisation_id, amount_ore, status, decided_by, decided_at)
         VALUES ($1, $2, $3, 'confirmed', $4, now())
         ON CONFLICT (award_id, funder_organisation_id) DO UPDATE SET amount_ore = EXCLUDED.amount_ore`,
        [award.id, share.funderOrganisationId, share.amountOre, decidedBy],
      );
  }

  /** The tranche's parts, one per funder of the new terms. */
  private async splitTranche(trancheId: string, terms: AmendmentTerms, parts: number[]): Promise<void> {
    await this.manager.query(`DELETE FROM tranche_share WHERE tranche_id = $1`, [trancheId]);
    for (const [f, share] of terms.shares.entries())
      await this.manager.query(
        `INSERT INTO tranche_share (tranche_id, funder_organisation_id, amount_ore) VALUES ($1, $2, $3)`,
        [trancheId, share.funderOrganisationId, parts[f] ?? 0],
      );
  }

  private async applyConditions(award: AwardDto, terms: AmendmentTerms): Promise<Map<string, string>> {
    const ids = new Map(award.conditions.map((condition) => [condition.key, condition.id]));
    for (const condition of terms.conditions) {
      const id = ids.get(condition.key) ?? randomUUID();
      ids.set(condition.key, id);
      await this.manager.query(
        `INSERT INTO award_condition (id, award_id, key, indicator_code, period) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (award_id, key) DO UPDATE SET indicator_code = EXCLUDED.indicator_code, period = EXCLUDED.period`,
        [id, award.id, condition.key, condition.indicatorCode, condition.period],
      );
    }
    // A condition no longer in the terms goes, unless a paid tranche still names it.
    const keys = terms.conditions.map((condition) => condition.key);
    await this.manager.query(
      `DELETE FROM award_condition c WHERE c.award_id = $1 AND NOT (c.key = ANY($2::text[]))
          AND NOT EXISTS (SELECT 1 FROM tranche t WHERE t.award_id = $1 AND c.id = ANY(t.condition_ids))`,
      [award.id, keys],
    );
    return ids;
  }

  /** An open tranche the amendment drops; one a report was written on cannot go (409). */
  private async removeTranche(trancheId: string): Promise<void> {
    const [report] = await this.manager.query<unknown[]>(
      `SELECT 1 FROM grant_report WHERE tranche_id = $1 LIMIT 1`,
      [trancheId],
    );
    if (report)
      throw new DomainError(
        'conflict',
        `Tranche ${trancheId} has a report on it: the amendment must keep it.`,
      );
    await this.manager.query(`DELETE FROM tranche_share WHERE tranche_id = $1`, [trancheId]);
    await this.manager.query(`DELETE FROM tranche WHERE id = $1`, [trancheId]);
  }
}
