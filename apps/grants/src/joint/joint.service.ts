import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  applicationPartnerAnsweredV1,
  applicationPartnerInvitedV1,
  type ApplicationDto,
  type SaveApplicationPartners,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { ApplicationsService } from '../applications/applications.service.js';
import {
  applicationNotFound,
  ApplicationsStore,
  type ApplicationRow,
} from '../applications/applications.store.js';
import { newlyInvited, nextPartners, partnerErrors, requirePartnerUser } from './joint.rules.js';
import { JointStore } from './joint.store.js';

/**
 * Joint applications: the lead applicant's users name the partner organisations and their budgets
 * on the draft; each partner's users confirm or decline; submission waits for every confirmation.
 */
@Injectable()
export class JointService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly applications: ApplicationsService,
  ) {}

  async save(
    principal: Principal,
    applicationId: string,
    command: SaveApplicationPartners,
  ): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await new ApplicationsStore(manager).load(applicationId, true);
      if (!principal.organisations.includes(row.applicant_organisation_id))
        throw applicationNotFound(applicationId);
      requireDraft(row);
      const store = new JointStore(manager);
      const known = await store.known(command.partners.map((partner) => partner.organisationId));
      const requested = row.requested_amount_ore === null ? null : Number(row.requested_amount_ore);
      const errors = partnerErrors(command, row.applicant_organisation_id, known, requested);
      if (errors.length) throw new ValidationFailed(errors, 'The partners do not hold together.');
      const current = await store.entries(applicationId);
      const next = nextPartners(current, command);
      await store.replace(applicationId, next);
      for (const partner of newlyInvited(current, next))
        await this.outbox.record(
          manager,
          applicationPartnerInvitedV1,
          {
            applicationId,
            callId: row.call_id,
            programmeId: row.programme_id,
            leadOrganisationId: row.applicant_organisation_id,
            partnerOrganisationId: partner.organisationId,
            budgetOre: partner.budgetOre,
            title: row.title,
          },
          { subject: row.programme_id, programmeId: row.programme_id },
        );
      return new ApplicationsStore(manager).dto(applicationId);
    });
  }

  async answer(
    principal: Principal,
    applicationId: string,
    organisationId: string,
    answer: { confirmed: boolean; reason: string | null },
  ): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await new ApplicationsStore(manager).load(applicationId, true);
      if (!(await this.applications.canSee(manager, principal, row)))
        throw applicationNotFound(applicationId);
      if (!row.partners.some((partner) => partner.organisationId === organisationId))
        throw new DomainError(
          'not-found',
          `Organisation ${organisationId} is not a partner of this application.`,
        );
      requirePartnerUser(principal.organisations, organisationId);
      requireDraft(row);
      await new JointStore(manager).answer(
        applicationId,
        organisationId,
        answer.confirmed,
        principal.username ?? principal.subject,
        answer.reason,
      );
      await this.outbox.record(
        manager,
        applicationPartnerAnsweredV1,
        answeredEvent(row, organisationId, answer),
        {
          subject: row.programme_id,
          programmeId: row.programme_id,
        },
      );
      return new ApplicationsStore(manager).dto(applicationId);
    });
  }
}

function requireDraft(row: ApplicationRow): void {
  if (row.status !== 'draft')
    throw new DomainError(
      'conflict',
      `The application is ${row.status}; its partners were settled before submission.`,
    );
}

function answeredEvent(
  row: ApplicationRow,
  organisationId: string,
  answer: { confirmed: boolean; reason: string | null },
) {
  return {
    applicationId: row.id,
    callId: row.call_id,
    programmeId: row.programme_id,
    leadOrganisationId: row.applicant_organisation_id,
    partnerOrganisationId: organisationId,
    ...answer,
    title: row.title,
    answeredAt: new Date().toISOString(),
  };
}
