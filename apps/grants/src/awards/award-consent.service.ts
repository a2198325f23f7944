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
import { DomainError } from '@samvirke/platform';
import { GrantsAccess } from '../access/grants-access.js';
import { AwardCompletion } from './award-completion.js';
import { loadAward, visibleAwardForUpdate } from './award-read.js';

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
      await manager.query(
        `UPDATE award_share SET status = 'confirmed', decided_by = $3, decided_at = now()
          WHERE award_id = $1 AND funder_organisation_id = $2`,
        [awardId, funderId, principal.subject],
      );
      const complete = award.shares.every(
        (share) => share.funderOrganisationId === funderId || share.status === 'confirmed',
      );
      await this.outbox.record(
        manager,
        awardShareConfirmedV1,
        { ...eventBase(award, funderId), confirmedAt: new Date().toISOString(), awardComplete: complete },
        { subject: award.programmeId, programmeId: award.programmeId },
      );
      return complete ? this.completion.complete(manager, awardId) : loadAward(manager, awardId);
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
      await manager.query(
        `UPDATE award_share SET status = 'declined', decided_by = $3, decided_at = now(), decline_reason = $4
          WHERE award_id = $1 AND funder_organisation_id = $2`,
        [awardId, funderId, principal.subject, command.reason],
      );
      await manager.query(`UPDATE award SET status = 'declined' WHERE id = $1`, [awardId]);
      await this.outbox.record(
        manager,
        awardShareDeclinedV1,
        { ...eventBase(award, funderId), declinedAt: new Date().toISOString(), reason: command.reason },
        { subject: award.programmeId, programmeId: award.programmeId },
      );
      return loadAward(manager, awardId);
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
    const share = award.shares.find((candidate) => candidate.funderOrganisationId === funderId);
    if (!share) throw new DomainError('not-found', `Award ${awardId} has no share of ${funderId}.`);
    const officer =
      hasRole(principal, 'foundation-officer') &&
      (await this.access.funderOrganisations(manager, principal, award.programmeId)).includes(funderId);
    if (!officer)
      throw new DomainError(
        'forbidden',
        "Only an officer of the foundation whose share it is answers for that share (the caller's foundation must be that funder).",
      );
    if (award.status !== 'pending') throw new DomainError('conflict', `The award is ${award.status}.`);
    if (share.status !== 'pending')
      throw new DomainError('conflict', `This share is ${share.status} already.`);
    return award;
  }
}

function eventBase(award: AwardDto, funderId: string) {
  return {
    awardId: award.id,
    applicationId: award.applicationId,
    callId: award.callId,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    awardingOrganisationId: award.awardingOrganisationId,
    funderOrganisationId: funderId,
    amountOre: award.shares.find((share) => share.funderOrganisationId === funderId)?.amountOre ?? 0,
    awardAmountOre: award.amountOre,
    title: award.title,
  };
}
