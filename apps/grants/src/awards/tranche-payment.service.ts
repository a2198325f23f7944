import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { tranchePaidV1, type AwardDto, type RecordPayment } from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { GrantsAccess } from '../access/grants-access.js';
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
      if (open) return new AwardsStore(manager).load(awardId);
      return this.paid(manager, award, trancheId, principal.subject);
    });
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
