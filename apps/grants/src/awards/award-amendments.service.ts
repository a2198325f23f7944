import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  awardAmendmentAppliedV1,
  awardAmendmentApprovedV1,
  awardAmendmentProposedV1,
  type AmendmentDto,
  type AmendmentTerms,
  type AwardDto,
  type AwardHistoryDto,
  type ProposeAmendment,
  type RegisteredEvent,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import type { z } from 'zod';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, isAdmin, ore } from '../access/grants-access.js';
import { AgreementsStore } from '../agreements/agreements.store.js';
import { CallsStore } from '../calls/calls.store.js';
import { FundingStore } from '../funding/funding.store.js';
import { TrancheRelease } from '../tranches/tranche-release.service.js';
import {
  amendmentErrors,
  approversOf,
  currentTerms,
  openTrancheParts,
  requireApprovable,
  requireAmendable,
} from './award-amendments.rules.js';
import { amendmentEventBase } from './award-amendment-decisions.rules.js';
import { AwardAmendmentsStore } from './award-amendments.store.js';
import { AwardRefundsStore } from './award-refunds.store.js';
import { VisibleAwards } from './award-visibility.js';
import { AwardsStore } from './awards.store.js';

/**
 * Amendments of a made award. The awarding foundation's officer (or a platform admin) proposes new
 * terms; every co-funder whose share changes approves (consent to spend a foundation's money is that
 * foundation's: its officers only); when all needed approvals are in the award takes the new terms,
 * its grant agreement a new version for the grantee to accept. Every amendment is kept, before and after.
 */
@Injectable()
export class AwardAmendmentsService {
  constructor(
    private readonly awards: VisibleAwards,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
    private readonly release: TrancheRelease,
  ) {}

  async propose(principal: Principal, awardId: string, command: ProposeAmendment): Promise<AmendmentDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      await this.requireAwardingOfficer(manager, principal, award);
      await new AwardsStore(manager).lockProgramme(award.programmeId);
      const store = new AwardAmendmentsStore(manager);
      requireAmendable(award, await store.pendingId(awardId));
      const { reason, ...terms } = command;
      const errors = await this.check(manager, award, terms);
      if (errors.length) throw new ValidationFailed(errors, 'The amendment is not valid.');
      const id = randomUUID();
      const approvers = approversOf(award, terms);
      await store.insert(
        {
          id,
          awardId,
          reason,
          before: currentTerms(award),
          after: terms,
          proposedBy: principal.username ?? principal.subject,
        },
        approvers,
      );
      await this.record(manager, award, awardAmendmentProposedV1, {
        ...amendmentEventBase(award, id, terms, approvers),
        reason,
        proposedAt: new Date().toISOString(),
      });
      if (approvers.length === 0) await this.apply(manager, award, await store.load(awardId, id), principal);
      return store.load(awardId, id);
    });
  }

  async approve(
    principal: Principal,
    awardId: string,
    amendmentId: string,
    funderId: string,
  ): Promise<AmendmentDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      const store = new AwardAmendmentsStore(manager);
      const amendment = await store.load(awardId, amendmentId);
      const officer =
        hasRole(principal, 'foundation-officer') &&
        (await this.access.funderOrganisations(manager, principal, award.programmeId)).includes(funderId);
      requireApprovable(amendment, funderId, officer);
      await store.approve(amendmentId, funderId, principal.username ?? principal.subject);
      const last = amendment.approvals.every(
        (a) => a.funderOrganisationId === funderId || a.approvedAt !== null,
      );
      const approvers = amendment.approvals.map((a) => a.funderOrganisationId);
      await this.record(manager, award, awardAmendmentApprovedV1, {
        ...amendmentEventBase(award, amendmentId, amendment.after, approvers),
        funderOrganisationId: funderId,
        approvedAt: new Date().toISOString(),
        applied: last,
      });
      if (last) await this.apply(manager, award, amendment, principal);
      return store.load(awardId, amendmentId);
    });
  }

  async history(principal: Principal, awardId: string): Promise<AwardHistoryDto> {
    return this.awards.transaction(principal, awardId, async (manager) => {
      return {
        amendments: await new AwardAmendmentsStore(manager).list(awardId),
        refunds: await new AwardRefundsStore(manager).refunds(awardId),
      };
    });
  }

  /** The award takes the amendment's terms, checked again (a tranche may be paid or a commitment spent meanwhile). */
  private async apply(
    manager: EntityManager,
    award: AwardDto,
    amendment: AmendmentDto,
    principal: Principal,
  ) {
    await new AwardsStore(manager).lockProgramme(award.programmeId);
    const terms = amendment.after;
    const errors = await this.check(manager, award, terms);
    if (errors.length)
      throw new DomainError(
        'conflict',
        `The award has changed since the amendment was proposed: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}.`,
      );
    const parts = openTrancheParts(award, terms);
    const store = new AwardAmendmentsStore(manager);
    await store.applyTerms(award, terms, parts, principal.username ?? principal.subject);
    const version = (await new AgreementsStore(manager).version(award.id)) + 1;
    await store.markApplied(amendment.id, version);
    await this.release.evaluate(manager, [award.id]);
    await this.record(manager, award, awardAmendmentAppliedV1, {
      ...amendmentEventBase(
        award,
        amendment.id,
        terms,
        amendment.approvals.map((a) => a.funderOrganisationId),
      ),
      shares: terms.shares.map(({ funderOrganisationId, amountOre }) => ({
        funderOrganisationId,
        amountOre,
      })),
      agreementVersion: version,
      appliedAt: new Date().toISOString(),
    });
  }

  private async check(manager: EntityManager, award: AwardDto, terms: AmendmentTerms) {
    const currentFunders = new Set<string>();
    for (const { funderOrganisationId: funder } of terms.shares)
      if (await this.access.isFunder(manager, award.programmeId, funder)) currentFunders.add(funder);
    const call = await new CallsStore(manager).load(award.callId);
    return amendmentErrors(award, terms, {
      figures: await new FundingStore(manager).figures(award.programmeId),
      currentFunders,
      callLeftOre: ore(call.budget_ore) - ore(call.awarded_ore),
    });
  }

  /** The awarding foundation's officers, or a platform admin. */
  private async requireAwardingOfficer(manager: EntityManager, principal: Principal, award: AwardDto) {
    if (isAdmin(principal)) return;
    const mine = await this.access.funderOrganisations(manager, principal, award.programmeId);
    if (!mine.includes(award.awardingOrganisationId))
      throw new DomainError(
        'forbidden',
        "Only the awarding foundation's officers (or a platform admin) amend an award.",
      );
  }

  private async record<D extends RegisteredEvent>(
    manager: EntityManager,
    award: AwardDto,
    definition: D,
    data: z.input<D['schema']>,
  ): Promise<void> {
    await this.outbox.record(manager, definition, data, {
      subject: award.programmeId,
      programmeId: award.programmeId,
    });
  }
}
