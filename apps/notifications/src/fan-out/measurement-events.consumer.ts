import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  reportingDeadlineApproachingV1,
  reportingOverdueV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
  type ReportingDeadlineApproachingV1,
  type ReportingOverdueV1,
  type SubmissionApprovedV1,
  type SubmissionReturnedV1,
  type SubmissionSubmittedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { FanOutService } from './fan-out.service.js';
import {
  DEADLINE_APPROACHING_RULE,
  REPORTING_OVERDUE_RULE,
  SUBMISSION_APPROVED_RULE,
  SUBMISSION_RETURNED_RULE,
  SUBMISSION_SUBMITTED_RULE,
} from './measurement.rules.js';

/** Reporting deadlines and the review of submissions, told to reporters and backbones. */
@Controller()
export class MeasurementEventsConsumer {
  constructor(private readonly fanOut: FanOutService) {}

  @OnEvent(reportingDeadlineApproachingV1)
  async onDeadlineApproaching(
    @Payload() data: ReportingDeadlineApproachingV1,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.fanOut.notify(DEADLINE_APPROACHING_RULE, data, context.event, context.manager);
  }

  @OnEvent(reportingOverdueV1)
  async onOverdue(@Payload() data: ReportingOverdueV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(REPORTING_OVERDUE_RULE, data, context.event, context.manager);
  }

  @OnEvent(submissionSubmittedV1)
  async onSubmitted(@Payload() data: SubmissionSubmittedV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(SUBMISSION_SUBMITTED_RULE, data, context.event, context.manager);
  }

  @OnEvent(submissionReturnedV1)
  async onReturned(@Payload() data: SubmissionReturnedV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(SUBMISSION_RETURNED_RULE, data, context.event, context.manager);
  }

  @OnEvent(submissionApprovedV1)
  async onApproved(@Payload() data: SubmissionApprovedV1, @Ctx() context: EventContext): Promise<void> {
    await this.fanOut.notify(SUBMISSION_APPROVED_RULE, data, context.event, context.manager);
  }
}
