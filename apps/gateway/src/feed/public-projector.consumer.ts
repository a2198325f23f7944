import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  grantAwardedV1,
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
  type PublicProgrammeCreatedV1,
  type ReportingPeriodOpenedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { FeedService } from './feed.service.js';

/**
 * Turns internal domain events into the public ones: each mapping copies only the fields of the
 * public contract (organisations, programmes, periods, amounts; never people, never figures that
 * could be small counts). Runs in the inbox transaction, so each internal event yields its public
 * event exactly once, through the outbox and into the feed together.
 */
@Controller()
export class PublicProjector {
  constructor(private readonly feed: FeedService) {}

  @OnEvent(organisationRegisteredV1)
  async onOrganisationRegistered(
    @Payload() data: OrganisationRegisteredV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.feed.publish(
      context.manager,
      publicOrganisationRegisteredV1,
      { ...organisation(data), archived: false },
      { subject: data.organisationId },
    );
  }

  @OnEvent(organisationUpdatedV1)
  async onOrganisationUpdated(
    @Payload() data: OrganisationUpdatedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.feed.publish(
      context.manager,
      publicOrganisationUpdatedV1,
      { ...organisation(data), archived: data.archived },
      { subject: data.organisationId },
    );
  }

  @OnEvent(programmeCreatedV1)
  async onProgrammeCreated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.feed.publish(context.manager, publicProgrammeCreatedV1, programme(data), {
      subject: data.programmeId,
      programmeId: data.programmeId,
    });
    await this.rememberProgramme(context, data);
  }

  @OnEvent(programmeUpdatedV1)
  async onProgrammeUpdated(@Payload() data: ProgrammeCreatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.feed.publish(context.manager, publicProgrammeUpdatedV1, programme(data), {
      subject: data.programmeId,
      programmeId: data.programmeId,
    });
    await this.rememberProgramme(context, data);
  }

  @OnEvent(reportingPeriodOpenedV1)
  async onPeriodOpened(
    @Payload() data: ReportingPeriodOpenedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.feed.publish(context.manager, publicReportingPeriodOpenedV1, period(data), {
      subject: data.programmeId,
      programmeId: data.programmeId,
    });
  }

  @OnEvent(reportingPeriodClosedV1)
  async onPeriodClosed(
    @Payload() data: ReportingPeriodOpenedV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.feed.publish(context.manager, publicReportingPeriodClosedV1, period(data), {
      subject: data.programmeId,
      programmeId: data.programmeId,
    });
  }

  @OnEvent(progressUpdatedV1)
  async onProgressUpdated(@Payload() data: ProgressUpdatedV1, @Ctx() context: EventContext): Promise<void> {
    await this.feed.publish(
      context.manager,
      publicProgressUpdatedV1,
      { programmeId: data.programmeId, period: data.period, indicatorCodes: data.indicatorCodes },
      { subject: data.programmeId, programmeId: data.programmeId },
    );
  }

  @OnEvent(grantAwardedV1)
  async onGrantAwarded(@Payload() data: GrantAwardedV1, @Ctx() context: EventContext): Promise<void> {
    await this.feed.publish(
      context.manager,
      publicGrantAwardedV1,
      {
        awardId: data.awardId,
        programmeId: data.programmeId,
        granteeOrganisationId: data.granteeOrganisationId,
        amountOre: data.amountOre,
        funders: data.shares.map((share) => ({
          funderOrganisationId: share.funderOrganisationId,
          amountOre: share.amountOre,
        })),
        awardedAt: data.awardedAt,
      },
      { subject: data.programmeId, programmeId: data.programmeId },
    );
  }

  /** Grants may only name programmes the gateway has heard of. */
  private async rememberProgramme(context: EventContext, data: ProgrammeCreatedV1): Promise<void> {
    await context.manager.query(
      `INSERT INTO feed_programme (id, name, last_event_id) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, last_event_id = EXCLUDED.last_event_id`,
      [data.programmeId, data.name, context.event.id],
    );
  }
}

function organisation(data: Omit<OrganisationRegisteredV1, 'registeredAt'>) {
  return {
    organisationId: data.organisationId,
    name: data.name,
    type: data.type,
    cvr: data.cvr,
    kommunekode: data.kommunekode,
  };
}

function programme(data: ProgrammeCreatedV1): PublicProgrammeCreatedV1 {
  return {
    programmeId: data.programmeId,
    slug: data.slug,
    name: data.name,
    status: data.status,
    startDate: data.startDate,
    endDate: data.endDate,
    backboneOrganisationId: data.backboneOrganisationId,
    goals: data.goals.map((goal) => ({ goalId: goal.id, title: goal.title, position: goal.position })),
    themes: data.themes,
  };
}

function period(data: ReportingPeriodOpenedV1) {
  return {
    periodId: data.periodId,
    programmeId: data.programmeId,
    frequency: data.frequency,
    period: data.period,
    dueDate: data.dueDate,
  };
}
