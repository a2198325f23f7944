import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  listParentApprovalsQuerySchema,
  returnSubmissionSchema,
  type ListParentApprovalsQuery,
  type ParentApprovalItem,
  type SubmissionDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal, Scoped } from '@samvirke/auth';
import { ReturnPreference, SubmissionParams, type SubmissionWhere } from '../submissions/submission-route.js';
import type { ResponseOptions } from '../submissions/submissions.store.js';
import { ParentApprovalsService } from './parent-approvals.service.js';

@Controller('programmes/:programmeId/parent-approvals')
export class ParentApprovalQueueController {
  constructor(private readonly approvals: ParentApprovalsService) {}

  @Get()
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Query({ schema: listParentApprovalsQuerySchema }) query: ListParentApprovalsQuery,
  ): Promise<ParentApprovalItem[]> {
    return this.approvals.list(principal, programmeId, query);
  }
}

/** The first level of a sub-unit's two-level approval: its municipality's decision. */
@Controller('programmes/:programmeId/periods/:periodId/submissions/:organisationId')
export class ParentApprovalsController {
  constructor(private readonly approvals: ParentApprovalsService) {}

  @Post('parent-approve')
  @HttpCode(200)
  approve(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    return this.approvals.approve(principal, params, options);
  }

  @Post('parent-return')
  @HttpCode(200)
  giveBack(
    @CurrentPrincipal() principal: Principal,
    @SubmissionParams() params: SubmissionWhere,
    @Body({ schema: returnSubmissionSchema }) body: { comment: string },
    @ReturnPreference() options: ResponseOptions,
  ): Promise<SubmissionDto> {
    return this.approvals.giveBack(principal, params, body.comment, options);
  }
}
