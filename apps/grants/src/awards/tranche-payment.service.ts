import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  paymentRecordedV1,
  tranchePaidV1,
  type AwardDto,
  type RecordPayment,
  type TrancheDto,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { GrantsAccess } from '../access/grants-access.js';
import { paidByFunder } from '../tranches/grantee-payments.rules.js';
import { tranchePaymentParties } from '../tranches/payment-parties.store.js';
import { AwardChangesStore } from './award-changes.store.js';
import { VisibleAwards } from './award-visibility.js';
import { AwardsStore } from './awards.store.js';
import { payingFunder, requirePayable, trancheOf, tranchePaidEvent } from './tranche-payment.rules.js';

/**
 * Each funder pays its own part of a tranche: only an officer of that foundation records that part's
 * payment (no other funder, nor a platform admin, says another foundation's money was paid). The
 * tranche is paid, and tranche.paid recorded, when every funder's part of it is.
 */
@Injectable()
export class TranchePaymentService {
  constructor(
    private readonly awards: VisibleAwards,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async pay(
    principal: Principal,
    awardId: string,
    trancheId: string,
    command: RecordPayment,
  ): Promise<AwardDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      const tranche = trancheOf(award, trancheId);
      const mine = hasRole(principal, 'foundation-officer')
        ? await this.access.funderOrganisations(manager, principal, award.programmeId)
        : [];
      const funder = payingFunder(tranche, mine, command.funderOrganisationId);
      const changes = new AwardChangesStore(manager);
      requirePayable(award, tranche, funder, await changes.isDue(tranche.earliestDate));
      const open = await changes.payPart(trancheId, funder, principal.subject, command.paymentReference);
      await this.recordPart(manager, award, tranche, funder, command.paymentReference, !open);
      if (open) return new AwardsStore(manager).load(awardId);
      return this.paid(manager, award, trancheId, principal.subject);
    });
  }

  /** payment.recorded for the funder's ERP: its part, both parties' CVR, each grantee's amount and the due date it was paid against. */
  private async recordPart(
    manager: EntityManager,
    award: AwardDto,
    tranche: TrancheDto,
    funder: string,
    paymentReference: string,
    tranchePaid: boolean,
  ): Promise<void> {
    const parties = await tranchePaymentParties(manager, tranche.id);
    const part = parties.parts.find((candidate) => candidate.funderOrganisationId === funder);
    if (!part) return; // a part of 0 øre: nothing was paid
    await this.outbox.record(
      manager,
      paymentRecordedV1,
      {
        trancheId: tranche.id,
        awardId: award.id,
        programmeId: award.programmeId,
        granteeOrganisationId: award.granteeOrganisationId,
        granteeCvr: parties.granteeCvr,
        funderOrganisationId: funder,
        funderCvr: part.funderCvr,
        amountOre: part.amountOre,
        dueDate: tranche.dueDate ?? tranche.earliestDate,
        paidAt: new Date().toISOString(),
        paymentReference,
        tranchePaid,
        grantees: paidByFunder(parties.grantees, funder),
      },
      { subject: award.programmeId, programmeId: award.programmeId },
    );
  }

  /** Every part is paid: the tranche is, with the parts' references, and tranche.paid is recorded. */
  private async paid(
    manager: EntityManager,
    award: AwardDto,
    trancheId: string,
    paidBy: string,
  ): Promise<AwardDto> {
    await new AwardChangesStore(manager).markTranchePaid(trancheId, paidBy);
    const updated = await new AwardsStore(manager).load(award.id);
    const line = trancheOf(updated, trancheId);
    await this.outbox.record(manager, tranchePaidV1, tranchePaidEvent(award, line), {
      subject: award.programmeId,
      programmeId: award.programmeId,
    });
    return updated;
  }
}
