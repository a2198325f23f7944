import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  submissionApprovedV1,
  submissionReturnedV1,
  type SubmissionApprovedV1,
  type SubmissionReturnedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { TrancheRelease } from './tranche-release.service.js';
import { TranchesStore } from './tranches.store.js';

/**
 * Measurement's decisions on submissions drive tranche release. Grants keeps, per organisation and
 * reporting period, the latest decided version (an older version arriving late changes nothing),
 * then re-evaluates the grantee's tranches in the same inbox transaction.
 */
@Controller()
export class MeasurementEventsConsumer {
  constructor(private readonly release: TrancheRelease) {}

  @OnEvent(submissionApprovedV1)
  async onApproved(@Payload() data: SubmissionApprovedV1, @Ctx() context: EventContext): Promise<void> {
    await this.apply(context, data, 'approved');
  }

  @OnEvent(submissionReturnedV1)
  async onReturned(@Payload() data: SubmissionReturnedV1, @Ctx() context: EventContext): Promise<void> {
    await this.apply(context, data, 'returned');
  }

  private async apply(
    context: EventContext,
    data: SubmissionApprovedV1,
    status: 'approved' | 'returned',
  ): Promise<void> {
    const store = new TranchesStore(context.manager);
    if (!(await store.recordReportedPeriod(data, status))) return;
    const awards = await store.awardsOfGrantee(data.programmeId, data.organisationId);
    await this.release.evaluate(
      context.manager,
      awards,
      status === 'returned'
        ? { submissionId: data.submissionId, version: data.version, period: data.period }
        : undefined,
    );
  }
}
