import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
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
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { AwardAmendmentDecisionsService } from './award-amendment-decisions.service.js';
import { AwardAmendmentsService } from './award-amendments.service.js';
import { AwardRefundsService } from './award-refunds.service.js';

const id = { schema: z.uuid() };

/** After the award: its amendments, their co-funders' approval, refunds and the history of both. */
@Controller('awards/:awardId')
export class AwardAmendmentsController {
  constructor(
    private readonly amendments: AwardAmendmentsService,
    private readonly refunds: AwardRefundsService,
    private readonly decisions: AwardAmendmentDecisionsService,
  ) {}

  @Post('amendments')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  propose(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Body({ schema: proposeAmendmentSchema }) body: ProposeAmendment,
  ): Promise<AmendmentDto> {
    return this.amendments.propose(principal, awardId, body);
  }

  // Approval is a co-funder's own: platform admins do not act for it.
  @Post('amendments/:amendmentId/funders/:funderOrganisationId/approve')
  @HttpCode(200)
  @Roles('foundation-officer')
  approve(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('amendmentId', id) amendmentId: string,
    @Param('funderOrganisationId', id) funderOrganisationId: string,
  ): Promise<AmendmentDto> {
    return this.amendments.approve(principal, awardId, amendmentId, funderOrganisationId);
  }

  @Post('amendments/:amendmentId/funders/:funderOrganisationId/decline')
  @HttpCode(200)
  @Roles('foundation-officer')
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('amendmentId', id) amendmentId: string,
    @Param('funderOrganisationId', id) funderId: string,
    @Body({ schema: declineAmendmentSchema }) body: DeclineAmendment,
  ): Promise<AmendmentDto> {
    return this.decisions.decline(principal, { awardId, amendmentId, funderId }, body);
  }

  @Post('amendments/:amendmentId/withdraw')
  @HttpCode(200)
  @Roles('foundation-officer', 'platform-admin')
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('amendmentId', id) amendmentId: string,
    @Body({ schema: withdrawAmendmentSchema }) body: WithdrawAmendment,
  ): Promise<AmendmentDto> {
    return this.decisions.withdraw(principal, awardId, amendmentId, body);
  }

  @Post('refunds')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  refund(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Body({ schema: recordRefundSchema }) body: RecordRefund,
  ): Promise<RefundDto> {
    return this.refunds.record(principal, awardId, body);
  }

  @Get('history')
  history(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
  ): Promise<AwardHistoryDto> {
    return this.amendments.history(principal, awardId);
  }
}
