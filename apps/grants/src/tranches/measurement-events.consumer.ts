import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  submissionApprovedV1,
  submissionReturnedV1,
  type SubmissionApprovedV1,
  type SubmissionReturnedV1,
} from '@samvirke/contracts';
import { EventContext, OnEvent } from '@samvirke/messaging';
import { TrancheRelease } from './tranche-release.js';

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
    const manager = context.manager;
    const changed = await manager.query<unknown[]>(
      `INSERT INTO reported_period (programme_id, period_id, organisation_id, period, submission_id, version, status, indicator_codes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (programme_id, period_id, organisation_id) DO UPDATE
         SET period = EXCLUDED.period, submission_id = EXCLUDED.submission_id, version = EXCLUDED.version,
             status = EXCLUDED.status, indicator_codes = EXCLUDED.indicator_codes
       WHERE reported_period.version <= EXCLUDED.version
       RETURNING 1`,
      [
        data.programmeId,
        data.periodId,
        data.organisationId,
        data.period,
        data.submissionId,
        data.version,
        status,
        data.indicatorCodes,
      ],
    );
    if (changed.length === 0) return;
    const awards = await manager.query<{ id: string }[]>(
      `SELECT id FROM award WHERE programme_id = $1 AND grantee_organisation_id = $2`,
      [data.programmeId, data.organisationId],
    );
    await this.release.evaluate(
      manager,
      awards.map((award) => award.id),
      status === 'returned'
        ? { submissionId: data.submissionId, version: data.version, period: data.period }
        : undefined,
    );
  }
}
