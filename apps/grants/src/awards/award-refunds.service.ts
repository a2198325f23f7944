import { Injectable } from '@nestjs/common';
import { awardRefundRecordedV1, type RecordRefund, type RefundDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin } from '../access/grants-access.js';
import { refundErrors, refundEvent, requireRefundRecorder } from './award-amendments.rules.js';
import { AwardRefundsStore } from './award-refunds.store.js';
import { VisibleAwards } from './award-visibility.js';

/**
 * Money of a made award that came back to one funder: unspent funds refunded by the grantee, or
 * clawed back. Recorded by an officer of that funder or of the awarding foundation (or a platform
 * admin), at most what the funder paid less what came back already; the funder's awarded money
 * falls by it, so its remaining commitment in the funding overview is restored.
 */
@Injectable()
export class AwardRefundsService {
  constructor(
    private readonly awards: VisibleAwards,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async record(principal: Principal, awardId: string, command: RecordRefund): Promise<RefundDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      const mine = await this.access.funderOrganisations(manager, principal, award.programmeId);
      requireRefundRecorder(award, command.funderOrganisationId, isAdmin(principal), mine);
      const store = new AwardRefundsStore(manager);
      const refunded = (await store.refunds(awardId))
        .filter((refund) => refund.funderOrganisationId === command.funderOrganisationId)
        .reduce((sum, refund) => sum + refund.amountOre, 0);
      const errors = refundErrors(award, command, refunded);
      if (errors.length) throw new ValidationFailed(errors, 'The refund is not valid.');
      const refund = await store.insertRefund(awardId, command, principal.username ?? principal.subject);
      await this.outbox.record(manager, awardRefundRecordedV1, refundEvent(award, refund), {
        subject: award.programmeId,
        programmeId: award.programmeId,
      });
      return refund;
    });
  }
}
