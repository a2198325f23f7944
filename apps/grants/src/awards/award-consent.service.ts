import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  awardShareConfirmedV1,
  awardShareDeclinedV1,
  type AwardDto,
  type DeclineAwardShare,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { GrantsAccess } from '../access/grants-access.js';
import { completesAward, requireAnswerableShare, shareEventBase } from './award-consent.rules.js';
import { AwardChangesStore } from './award-changes.store.js';
import { AwardCompletion } from './award-completion.service.js';
import { visibleAwardForUpdate } from './award-visibility.js';
import { AwardsStore } from './awards.store.js';

/**
 * A co-funder's consent to its share of a pending award. Only an officer of that foundation, while it
 * funds the programme, answers for it: not the call's foundation, another foundation or a platform
 * admin (consent to spend a foundation's money is that foundation's). The last confirmation makes the
 * award; one decline means the award is not made: every share is released and the call's foundation
 * may award the application anew.
 */
@Injectable()
export class AwardConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
    private readonly completion: AwardCompletion,
  ) {}

  async confirm(principal: Principal, awardId: string, funderId: string): Promise<AwardDto> {
    return this.dataSource.transaction(async (manager) => {
      const award = await this.pendingShare(manager, principal, awardId, funderId);
      await new AwardChangesStore(manager).confirmShare(awardId, funderId, principal.subject);
      const complete = completesAward(award, funderId);
      await this.outbox.record(
        manager,
        awardShareConfirmedV1,
        {
          ...shareEventBase(award, funderId),
          confirmedAt: new Date().toISOString(),
          awardComplete: complete,
        },
        { subject: award.programmeId, programmeId: award.programmeId },
      );
      return complete ? this.completion.complete(manager, awardId) : new AwardsStore(manager).load(awardId);
    });
  }

  async decline(
    principal: Principal,
    awardId: string,
    funderId: string,
    command: DeclineAwardShare,
  ): Promise<AwardDto> {
    return this.dataSource.transaction(async (manager) => {
      const award = await this.pendingShare(manager, principal, awardId, funderId);
      await new AwardChangesStore(manager).declineShare(awardId, funderId, principal.subject, command.reason);
      await this.outbox.record(
        manager,
        awardShareDeclinedV1,
        { ...shareEventBase(award, funderId), declinedAt: new Date().toISOString(), reason: command.reason },
        { subject: award.programmeId, programmeId: award.programmeId },
      );
      return new AwardsStore(manager).load(awardId);
    });
  }

  /** The locked award whose share by this funder awaits this caller's answer. */
  private async pendingShare(
    manager: EntityManager,
    principal: Principal,
    awardId: string,
    funderId: string,
  ): Promise<AwardDto> {
    const award = await visibleAwardForUpdate(manager, this.access, principal, awardId);
    const officer =
      hasRole(principal, 'foundation-officer') &&
      (await this.access.funderOrganisations(manager, principal, award.programmeId)).includes(funderId);
    requireAnswerableShare(award, funderId, officer);
    return award;
  }
}
