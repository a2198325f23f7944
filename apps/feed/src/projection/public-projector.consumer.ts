import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  grantAwardedV1,
  paymentRecordedV1,
  publicPaymentRecordedV1,
  publicPaymentRecordedV2,
  publicTrancheEligibleV1,
  publicTrancheEligibleV2,
  trancheEligibleV1,
  type PaymentRecordedV1,
  type TrancheEligibleV1,
  organisationRegisteredV1,
  organisationUpdatedV1,
  programmeCreatedV1,
  programmeUpdatedV1,
  progressUpdatedV1,
  publicGrantAwardedV1,
  publicOrganisationRegisteredV1,
  publicOrganisationUpdatedV1,
  publicProgrammeCreatedV1,
  publicProgrammeUpdatedV1,
  publicProgressUpdatedV1,
  publicReportingPeriodClosedV1,
  publicReportingPeriodOpenedV1,
  reportingPeriodClosedV1,
  reportingPeriodOpenedV1,
  type GrantAwardedV1,
  type OrganisationRegisteredV1,
  type OrganisationUpdatedV1,
  type ProgrammeCreatedV1,
  type ProgressUpdatedV1,
  type ReportingPeriodOpenedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import {
  publicGrantAward,
  publicPaymentRecorded,
  publicTrancheEligible,
  publicTrancheEligibleToGrantees,
  publicPaymentRecordedToGrantees,
  publicOrganisation,
  publicPeriod,
  publicProgramme,
  publicProgress,
} from './projection.rules.js';
import { ProjectionService } from './projection.service.js';

/**
 * Turns internal domain events into the public ones (projection.rules.ts). Runs in the inbox
 * transaction, so each internal event yields its public event exactly once, through the outbox
 * and into the feed together.
 */
@Controller()
export class PublicProjector {
  constructor(private readonly projection: ProjectionService) {}

  @OnEvent(organisationRegisteredV1)
  async onOrganisationRegistered(
    @Payload() data: OrganisationRegisteredV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicOrganisationRegisteredV1,
      publicOrganisation(data, false),
      {
        subject: data.organisationId,
      },
    );
  }

  @OnEvent(organisationUpdatedV1)
  async onOrganisationUpdated(
    @Payload() data: OrganisationUpdatedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicOrganisationUpdatedV1,
      publicOrganisation(data, data.archived),
      { subject: data.organisationId },
    );
  }

  @OnEvent(programmeCreatedV1)
  async onProgrammeCreated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicProgrammeCreatedV1,
      publicProgramme(data),
      ofProgramme(data),
    );
    await this.rememberProgramme(context, data);
  }

  @OnEvent(programmeUpdatedV1)
  async onProgrammeUpdated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicProgrammeUpdatedV1,
      publicProgramme(data),
      ofProgramme(data),
    );
    await this.rememberProgramme(context, data);
  }

  @OnEvent(reportingPeriodOpenedV1)
  async onPeriodOpened(
    @Payload() data: ReportingPeriodOpenedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicReportingPeriodOpenedV1,
      publicPeriod(data),
      ofProgramme(data),
    );
  }

  @OnEvent(reportingPeriodClosedV1)
  async onPeriodClosed(
    @Payload() data: ReportingPeriodOpenedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicReportingPeriodClosedV1,
      publicPeriod(data),
      ofProgramme(data),
    );
  }

  @OnEvent(progressUpdatedV1)
  async onProgressUpdated(@Payload() data: ProgressUpdatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicProgressUpdatedV1,
      publicProgress(data),
      ofProgramme(data),
    );
  }

  @OnEvent(grantAwardedV1)
  async onGrantAwarded(@Payload() data: GrantAwardedV1, @Ctx() context: EventContext): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicGrantAwardedV1,
      publicGrantAward(data),
      ofProgramme(data),
    );
  }

  @OnEvent(trancheEligibleV1)
  async onTrancheEligible(@Payload() data: TrancheEligibleV1, @Ctx() context: EventContext): Promise<void> {
    const payload = publicTrancheEligible(data);
    if (!payload) return;
    await this.projection.publish(context.manager, publicTrancheEligibleV1, payload, ofProgramme(data));
    // v1 names only the lead applicant; v2 (each grantee's part) is published beside it.
    const toGrantees = publicTrancheEligibleToGrantees(data);
    if (toGrantees)
      await this.projection.publish(context.manager, publicTrancheEligibleV2, toGrantees, ofProgramme(data));
  }

  @OnEvent(paymentRecordedV1)
  async onPaymentRecorded(@Payload() data: PaymentRecordedV1, @Ctx() context: EventContext): Promise<void> {
    await this.projection.publish(
      context.manager,
      publicPaymentRecordedV1,
      publicPaymentRecorded(data),
      ofProgramme(data),
    );
    const toGrantees = publicPaymentRecordedToGrantees(data);
    if (toGrantees)
      await this.projection.publish(context.manager, publicPaymentRecordedV2, toGrantees, ofProgramme(data));
  }

  private async rememberProgramme(context: EventContext, data: ProgrammeCreatedV1): Promise<void> {
    await this.projection.rememberProgramme(context.manager, {
      id: data.programmeId,
      name: data.name,
      lastEventId: context.event.id,
    });
  }
}

/** A programme's public events are about the programme and filed under it in the feed. */
function ofProgramme(data: { programmeId: string }): { subject: string; programmeId: string } {
  return { subject: data.programmeId, programmeId: data.programmeId };
}
