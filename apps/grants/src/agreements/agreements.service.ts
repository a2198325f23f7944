import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  grantAgreementAcceptedV1,
  type AcceptAgreement,
  type AgreementDto,
  type AwardDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { VisibleAwards } from '../awards/award-visibility.js';
import { TrancheRelease } from '../tranches/tranche-release.service.js';
import {
  agreementTerms,
  agreementView,
  requireCurrent,
  requireGrantee,
  requireMade,
} from './agreements.rules.js';
import { AgreementsStore } from './agreements.store.js';

/**
 * The grant agreement of a made award: generated from the award's terms, read by everyone who may
 * see the award, accepted once per version by the grantee's users (agreement.accepted recorded);
 * a tranche waiting for the acceptance is evaluated again.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly awards: VisibleAwards,
    private readonly outbox: EventOutbox,
    private readonly release: TrancheRelease,
  ) {}

  async get(principal: Principal, awardId: string): Promise<AgreementDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      return this.agreementOf(manager, award);
    });
  }

  async accept(principal: Principal, awardId: string, command: AcceptAgreement): Promise<AgreementDto> {
    return this.awards.transaction(principal, awardId, async (manager, award) => {
      requireGrantee(principal, award);
      const agreement = await this.agreementOf(manager, award);
      requireCurrent(agreement, command);
      if (agreement.status === 'accepted') return agreement;
      const acceptedBy = principal.username ?? principal.subject;
      await new AgreementsStore(manager).accept(awardId, { ...command, acceptedBy });
      const accepted = await this.agreementOf(manager, award);
      await this.outbox.record(manager, grantAgreementAcceptedV1, acceptedEvent(award, accepted), {
        subject: award.programmeId,
        programmeId: award.programmeId,
      });
      // A tranche that waited for the acceptance may be eligible now.
      await this.release.evaluate(manager, [award.id]);
      return accepted;
    });
  }

  private async agreementOf(manager: EntityManager, award: AwardDto): Promise<AgreementDto> {
    requireMade(award);
    const store = new AgreementsStore(manager);
    const names = await store.names([
      award.granteeOrganisationId,
      ...award.shares.map((s) => s.funderOrganisationId),
      ...(award.grantees ?? []).map((g) => g.organisationId),
    ]);
    const terms = agreementTerms(award, (id) => names.get(id) ?? id);
    const version = await store.version(award.id);
    return agreementView(terms, await store.acceptance(award.id, version), version);
  }
}

function acceptedEvent(award: AwardDto, agreement: AgreementDto) {
  return {
    awardId: award.id,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    funderOrganisationIds: award.shares.map((share) => share.funderOrganisationId),
    title: award.title,
    version: agreement.version,
    termsSha256: agreement.termsSha256,
    acceptedAt: agreement.acceptedAt ?? new Date().toISOString(),
  };
}
