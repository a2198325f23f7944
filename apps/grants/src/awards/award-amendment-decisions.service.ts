import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  awardAmendmentDeclinedV1,
  awardAmendmentWithdrawnV1,
  type AmendmentDto,
  type DeclineAmendment,
  type WithdrawAmendment,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { GrantsAccess, isAdmin } from '../access/grants-access.js';
import { amendmentEventBase, requireWithdrawable } from './award-amendment-decisions.rules.js';
import { requireApprovable } from './award-amendments.rules.js';
import { AwardAmendmentsStore } from './award-amendments.store.js';
import { visibleAwardForUpdate } from './award-visibility.js';

/**
 * A pending amendment that ends without being applied: one co-funder whose share it changes declines
 * it with a reason (its officers only, as for approving), or the awarding foundation withdraws it.
 * The award keeps its terms and another amendment may be proposed.
 */
@Injectable()
export class AwardAmendmentDecisionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
  ) {}

  async decline(
    principal: Principal,
    ids: { awardId: string; amendmentId: string; funderId: string },
    { reason }: DeclineAmendment,
  ): Promise<AmendmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const award = await visibleAwardForUpdate(manager, this.access, principal, ids.awardId);
      const store = new AwardAmendmentsStore(manager);
      const amendment = await store.load(ids.awardId, ids.amendmentId);
      const mine = await this.access.funderOrganisations(manager, principal, award.programmeId);
      requireApprovable(
        amendment,
        ids.funderId,
        hasRole(principal, 'foundation-officer') && mine.includes(ids.funderId),
      );
      await store.decline(amendment.id, ids.funderId, principal.username ?? principal.subject, reason);
      const approvers = amendment.approvals.map((a) => a.funderOrganisationId);
      await this.outbox.record(
        manager,
        awardAmendmentDeclinedV1,
        {
          ...amendmentEventBase(award, amendment.id, amendment.after, approvers),
          funderOrganisationId: ids.funderId,
          reason,
          declinedAt: new Date().toISOString(),
        },
        { subject: award.programmeId, programmeId: award.programmeId },
      );
      return store.load(ids.awardId, amendment.id);
    });
  }

  async withdraw(
    principal: Principal,
    awardId: string,
    amendmentId: string,
    { reason }: WithdrawAmendment,
  ): Promise<AmendmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const award = await visibleAwardForUpdate(manager, this.access, principal, awardId);
      const store = new AwardAmendmentsStore(manager);
      const amendment = await store.load(awardId, amendmentId);
      const mine = await this.access.funderOrganisations(manager, principal, award.programmeId);
      requireWithdrawable(award, amendment, isAdmin(principal), mine);
      await store.withdraw(amendment.id, principal.username ?? principal.subject, reason);
      const approvers = amendment.approvals.map((a) => a.funderOrganisationId);
      await this.outbox.record(
        manager,
        awardAmendmentWithdrawnV1,
        {
          ...amendmentEventBase(award, amendment.id, amendment.after, approvers),
          reason,
          withdrawnAt: new Date().toISOString(),
        },
        { subject: award.programmeId, programmeId: award.programmeId },
      );
      return store.load(awardId, amendment.id);
    });
  }
}
