import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AwardGrant } from '@samvirke/contracts';

/** A new award's own facts; its shares, conditions and tranches come from the command. */
export interface NewAward {
  id: string;
  applicationId: string;
  callId: string;
  programmeId: string;
  granteeOrganisationId: string;
  awardingOrganisationId: string;
  title: string;
  amountOre: number;
  awardedBy: string;
}

/** Writes of awards: a new award, its co-funders' consent, its making and its tranches' payment. */
export class AwardChangesStore {
  constructor(private readonly manager: EntityManager) {}

  /**
   * A pending award with its shares (the awarding foundation's confirmed by deciding it, the others
   * requested), its conditions and its tranches, each split across the funders by `parts`.
   */
  async insert(award: NewAward, command: AwardGrant, parts: number[][]): Promise<void> {
    await this.manager.query(
      `INSERT INTO award (id, application_id, call_id, programme_id, grantee_organisation_id, title, amount_ore, awarded_by,
                          status, awarding_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', $9)`,
      [
        award.id,
        award.applicationId,
        award.callId,
        award.programmeId,
        award.granteeOrganisationId,
        award.title,
        award.amountOre,
        award.awardedBy,
        award.awardingOrganisationId,
      ],
    );
    await this.insertShares(award, command.shares);
    const conditionIds = await this.insertConditions(award.id, command.conditions);
    await this.insertTranches(award.id, command, conditionIds, parts);
  }

  private async insertShares(award: NewAward, shares: AwardGrant['shares']): Promise<void> {
    for (const share of shares) {
      const own = share.funderOrganisationId === award.awardingOrganisationId;
      await this.manager.query(
        `INSERT INTO award_share (award_id, funder_organisation_id, amount_ore, status, decided_by, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          award.id,
          share.funderOrganisationId,
          share.amountOre,
          own ? 'confirmed' : 'pending',
          own ? award.awardedBy : null,
          own ? new Date() : null,
        ],
      );
    }
  }

  /** The new conditions' ids by their keys. */
  private async insertConditions(
    awardId: string,
    conditions: AwardGrant['conditions'],
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const condition of conditions) {
      const id = randomUUID();
      ids.set(condition.key, id);
      await this.manager.query(
        `INSERT INTO award_condition (id, award_id, key, indicator_code, period) VALUES ($1, $2, $3, $4, $5)`,
        [id, awardId, condition.key, condition.indicatorCode, condition.period],
      );
    }
    return ids;
  }

  private async insertTranches(
    awardId: string,
    command: AwardGrant,
    conditionIds: ReadonlyMap<string, string>,
    parts: number[][],
  ): Promise<void> {
    for (const [position, tranche] of command.tranches.entries()) {
      const id = randomUUID();
      await this.manager.query(
        `INSERT INTO tranche (id, award_id, position, amount_ore, earliest_date, condition_ids, status,
                              awaits_report, awaits_agreement)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8)`,
        [
          id,
          awardId,
          position + 1,
          tranche.amountOre,
          tranche.earliestDate,
          [...new Set(tranche.conditions)].map((key) => conditionIds.get(key)),
          tranche.awaitsReport,
          tranche.awaitsAgreement,
        ],
      );
      for (const [f, share] of command.shares.entries())
        await this.manager.query(
          `INSERT INTO tranche_share (tranche_id, funder_organisation_id, amount_ore) VALUES ($1, $2, $3)`,
          [id, share.funderOrganisationId, parts[position]?.[f] ?? 0],
        );
    }
  }

  /** The status of the award's application, locked for this transaction. */
  async applicationStatusForUpdate(awardId: string): Promise<string | undefined> {
    const [application] = await this.manager.query<{ status: string }[]>(
      `SELECT p.status FROM application p JOIN award a ON a.application_id = p.id WHERE a.id = $1 FOR UPDATE OF p`,
      [awardId],
    );
    return application?.status;
  }

  /** The award is made, and its application awarded. */
  async markAwarded(awardId: string): Promise<void> {
    await this.manager.query(`UPDATE award SET status = 'awarded', awarded_at = now() WHERE id = $1`, [
      awardId,
    ]);
    await this.manager.query(
      `UPDATE application SET status = 'awarded', decided_at = now(), updated_at = now()
        WHERE id = (SELECT application_id FROM award WHERE id = $1)`,
      [awardId],
    );
  }

  async confirmShare(awardId: string, funderId: string, decidedBy: string): Promise<void> {
    await this.manager.query(
      `UPDATE award_share SET status = 'confirmed', decided_by = $3, decided_at = now()
        WHERE award_id = $1 AND funder_organisation_id = $2`,
      [awardId, funderId, decidedBy],
    );
  }

  /** The share is declined, and with it the award (every share is released). */
  async declineShare(awardId: string, funderId: string, decidedBy: string, reason: string): Promise<void> {
    await this.manager.query(
      `UPDATE award_share SET status = 'declined', decided_by = $3, decided_at = now(), decline_reason = $4
        WHERE award_id = $1 AND funder_organisation_id = $2`,
      [awardId, funderId, decidedBy, reason],
    );
    await this.manager.query(`UPDATE award SET status = 'declined' WHERE id = $1`, [awardId]);
  }

  /** Whether the date has come in Copenhagen (where the foundations pay). */
  async isDue(date: string): Promise<boolean> {
    const [due] = await this.manager.query<{ due: boolean }[]>(
      `SELECT $1::date <= (now() AT TIME ZONE 'Europe/Copenhagen')::date AS due`,
      [date],
    );
    return due?.due ?? false;
  }

  /** Records one funder's payment of its part; whether any part with money in it is still unpaid. */
  async payPart(trancheId: string, funderId: string, paidBy: string, reference: string): Promise<boolean> {
    await this.manager.query(
      `UPDATE tranche_share SET paid_at = now(), paid_by = $3, payment_reference = $4
        WHERE tranche_id = $1 AND funder_organisation_id = $2`,
      [trancheId, funderId, paidBy, reference],
    );
    // A funder whose part of this tranche is 0 øre has nothing to pay.
    const [open] = await this.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM tranche_share WHERE tranche_id = $1 AND paid_at IS NULL AND amount_ore > 0`,
      [trancheId],
    );
    return (open?.n ?? 0) > 0;
  }

  /** Every part is paid: the tranche is, with the parts' references. */
  async markTranchePaid(trancheId: string, paidBy: string): Promise<void> {
    await this.manager.query(
      `UPDATE tranche SET status = 'paid', paid_at = now(), paid_by = $2,
              payment_reference = left((SELECT string_agg(DISTINCT payment_reference, ' · ') FROM tranche_share
                                         WHERE tranche_id = $1 AND payment_reference IS NOT NULL), 100)
        WHERE id = $1`,
      [trancheId, paidBy],
    );
  }
}
