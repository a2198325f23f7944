import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  declineAmendmentSchema,
  proposeAmendmentSchema,
  recordRefundSchema,
  withdrawAmendmentSchema,
  type AmendmentDto,
  type DeclineAmendment,
  type WithdrawAmendment,
  type AwardHistoryDto,
  type ProposeAmendment,
  type RecordRefund,
  type RefundDto,
} from '@samvirke/contracts';
import { Roles, Scoped } from '@samvirke/auth';
import { AwardAmendmentDecisionsService } from './award-amendment-decisions.service.js';
import { AwardAmendmentsService } from './award-amendments.service.js';
import { AwardRefundsService } from './award-refunds.service.js';
import { OfficerPost } from '../access/officer-route.js';

/** After the award: its amendments, their co-funders' approval, refunds and the history of both. */
@Controller('awards/:awardId')
export class AwardAmendmentsController {
  constructor(
    private readonly amendments: AwardAmendmentsService,
    private readonly refunds: AwardRefundsService,
    private readonly decisions: AwardAmendmentDecisionsService,
  ) {}

  @OfficerPost('amendments', 201)
  propose(
    @Scoped('awardId') { principal, awardId }: Scoped<'awardId'>,
    @Body({ schema: proposeAmendmentSchema }) body: ProposeAmendment,
  ): Promise<AmendmentDto> {
    return this.amendments.propose(principal, awardId, body);
  }

  // Approval is a co-funder's own: platform admins do not act for it.
  @Post('amendments/:amendmentId/funders/:funderOrganisationId/approve')
  @HttpCode(200)
  @Roles('foundation-officer')
  approve(
    @Scoped('awardId', 'amendmentId', 'funderOrganisationId')
    {
      principal,
      awardId,
      amendmentId,
      funderOrganisationId,
    }: Scoped<'awardId' | 'amendmentId' | 'funderOrganisationId'>,
  ): Promise<AmendmentDto> {
    return this.amendments.approve(principal, awardId, amendmentId, funderOrganisationId);
  }

  @Post('amendments/:amendmentId/funders/:funderOrganisationId/decline')
  @HttpCode(200)
  @Roles('foundation-officer')
  decline(
    @Scoped('awardId', 'amendmentId', 'funderOrganisationId')
    {
      principal,
      awardId,
      amendmentId,
      funderOrganisationId,
    }: Scoped<'awardId' | 'amendmentId' | 'funderOrganisationId'>,
    @Body({ schema: declineAmendmentSchema }) body: DeclineAmendment,
  ): Promise<AmendmentDto> {
    const funderId = funderOrganisationId;
    return this.decisions.decline(principal, { awardId, amendmentId, funderId }, body);
  }

  @OfficerPost('amendments/:amendmentId/withdraw', 200)
  withdraw(
    @Scoped('awardId', 'amendmentId') { principal, awardId, amendmentId }: Scoped<'awardId' | 'amendmentId'>,
    @Body({ schema: withdrawAmendmentSchema }) body: WithdrawAmendment,
  ): Promise<AmendmentDto> {
    return this.decisions.withdraw(principal, awardId, amendmentId, body);
  }

  @OfficerPost('refunds', 201)
  refund(
    @Scoped('awardId') { principal, awardId }: Scoped<'awardId'>,
    @Body({ schema: recordRefundSchema }) body: RecordRefund,
  ): Promise<RefundDto> {
    return this.refunds.record(principal, awardId, body);
  }

  @Get('history')
  history(@Scoped('awardId') { principal, awardId }: Scoped<'awardId'>): Promise<AwardHistoryDto> {
    return this.amendments.history(principal, awardId);
  }
}
