import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { trancheEligibleV1, trancheHeldV1 } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { paymentDueDate } from './danish-bank-days.rules.js';
import { tranchePaymentParties } from './payment-parties.store.js';
import { trancheChange, trancheEventBase, type SubmissionCause } from './tranches.rules.js';
import { TranchesStore } from './tranches.store.js';

/**
 * Decides whether each unpaid tranche of some awards is eligible: every reporting condition must be
 * met by an approved submission of the grantee (the latest decided version for that period, holding
 * the indicator). Only a made award's tranches: a pending one's wait for its co-funders' consent,
 * a declined one's never become payable. A tranche that becomes eligible or is held again records its event; one whose
 * state does not change records nothing, so a redelivered or repeated event has no effect.
 */
@Injectable()
export class TrancheRelease {
  constructor(private readonly outbox: EventOutbox) {}

  async evaluate(manager: EntityManager, awardIds: string[], cause?: SubmissionCause): Promise<void> {
    if (awardIds.length === 0) return;
    const store = new TranchesStore(manager);
    const tranches = await store.unpaidTranches(awardIds);
    if (tranches.length === 0) return;
    const conditions = await store.conditions(awardIds);
    for (const tranche of tranches) {
      const change = trancheChange(tranche, conditions);
      const base = trancheEventBase(tranche);
      const options = { subject: tranche.programme_id, programmeId: tranche.programme_id };
      if (change.kind === 'eligible') {
        const eligibleAt = await store.markEligible(tranche.id);
        // For the funders' ERP: each part with its funder's CVR, and the bank day the payment falls due.
        const payment = {
          ...(await tranchePaymentParties(manager, tranche.id)),
          dueDate: paymentDueDate(tranche.earliest_date, eligibleAt) ?? tranche.earliest_date,
        };
        await this.outbox.record(
          manager,
          trancheEligibleV1,
          { ...base, eligibleAt, fulfilledBy: change.fulfilledBy, payment },
          options,
        );
      } else if (change.kind === 'held') {
        await store.markPending(tranche.id);
        if (cause) {
          const heldAt = new Date().toISOString();
          await this.outbox.record(manager, trancheHeldV1, { ...base, heldAt, returned: cause }, options);
        }
      }
    }
  }
}
