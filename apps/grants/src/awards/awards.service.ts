import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { awardShareRequestedV1, type AwardDto, type AwardGrant } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';
import { GrantsAccess, ore } from '../access/grants-access.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationsStore, type ApplicationRow } from '../applications/applications.store.js';
import type { CallRow } from '../calls/calls.store.js';
import { FundingStore } from '../funding/funding.store.js';
import { AwardChangesStore, type NewAward } from './award-changes.store.js';
import { AwardCompletion } from './award-completion.service.js';
import { canSeeAward } from './award-visibility.js';
import {
  awardErrors,
  awardTitle,
  requireAwardable,
  shareRequestedEvent,
  splitTranches,
} from './awards.rules.js';
import { awardNotFound, AwardsStore } from './awards.store.js';

/**
 * Awards: an amount no larger than requested, split across co-funding foundations within what each
 * has left of its commitment, with reporting conditions and tranches that sum exactly to the award.
 * The call's foundation decides; a share of any other foundation's money is only requested: the
 * award stays pending (its shares reserved) until each such co-funder confirms (AwardConsentService).
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: GrantsAccess,
    private readonly applications: ApplicationsService,
    private readonly completion: AwardCompletion,
  ) {}

  async award(principal: Principal, applicationId: string, command: AwardGrant): Promise<AwardDto> {
    return this.dataSource.transaction(async (manager) => {
      const application = await new ApplicationsStore(manager).load(applicationId, true);
      const awards = new AwardsStore(manager);
      await awards.lockProgramme(application.programme_id);
      const call = await this.applications.manage(manager, principal, application);
      requireAwardable(application.status, await awards.pendingAwardId(application.id));
      const errors = await this.check(manager, application, call, command);
      if (errors.length) throw new ValidationFailed(errors, 'The award is not valid.');
      return this.write(manager, principal, application, call, command);
    });
  }

  /** The command against the request, the call's budget and the funders' remaining commitments. */
  private async check(
    manager: EntityManager,
    application: ApplicationRow,
    call: CallRow,
    command: AwardGrant,
  ) {
    const programmeId = application.programme_id;
    const currentFunders = new Set<string>();
    for (const { funderOrganisationId: funder } of command.shares)
      if (await this.access.isFunder(manager, programmeId, funder)) currentFunders.add(funder);
    return awardErrors(command, {
      requestedOre: ore(application.requested_amount_ore),
      callLeftOre: ore(call.budget_ore) - ore(call.awarded_ore),
      figures: await new FundingStore(manager).figures(programmeId),
      currentFunders,
    });
  }

  /** A pending award; made at once if the call's foundation pays it all, else its co-funders are asked. */
  private async write(
    manager: EntityManager,
    principal: Principal,
    application: ApplicationRow,
    call: CallRow,
    command: AwardGrant,
  ): Promise<AwardDto> {
    const awardId = randomUUID();
    const awarding = call.funder_organisation_id;
    const parts = splitTranches(
      command.shares,
      command.tranches.map((tranche) => tranche.amountOre),
    );
    const award = newAward(awardId, application, awarding, command, principal.subject);
    await new AwardChangesStore(manager).insert(award, command, parts);
    const requested = command.shares.filter((share) => share.funderOrganisationId !== awarding);
    if (requested.length === 0) return this.completion.complete(manager, awardId);
    const pending = await new AwardsStore(manager).load(awardId);
    const requestedAt = new Date().toISOString();
    for (const share of requested)
      await this.outbox.record(
        manager,
        awardShareRequestedV1,
        shareRequestedEvent(pending, share, requestedAt),
        {
          subject: pending.programmeId,
          programmeId: pending.programmeId,
        },
      );
    return pending;
  }

  async get(principal: Principal, awardId: string): Promise<AwardDto> {
    const manager = this.dataSource.manager;
    const award = await new AwardsStore(manager).load(awardId);
    if (!(await canSeeAward(manager, this.access, principal, award))) throw awardNotFound(awardId);
    return award;
  }

  /** The programme's awards the caller may see: grantees their own, funders theirs, the backbone all. */
  async list(principal: Principal, programmeId: string): Promise<AwardDto[]> {
    const manager = this.dataSource.manager;
    await this.access.view(manager, principal, programmeId);
    const store = new AwardsStore(manager);
    const visible: AwardDto[] = [];
    for (const id of await store.idsOfProgramme(programmeId)) {
      const award = await store.load(id);
      if (await canSeeAward(manager, this.access, principal, award)) visible.push(award);
    }
    return visible;
  }
}

function newAward(
  id: string,
  application: ApplicationRow,
  awardingOrganisationId: string,
  command: AwardGrant,
  awardedBy: string,
): NewAward {
  return {
    id,
    applicationId: application.id,
    callId: application.call_id,
    programmeId: application.programme_id,
    granteeOrganisationId: application.applicant_organisation_id,
    awardingOrganisationId,
    title: awardTitle(command, application.title),
    amountOre: command.amountOre,
    awardedBy,
  };
}
