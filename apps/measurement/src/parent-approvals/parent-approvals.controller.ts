import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { z } from 'zod';
import {
  listParentApprovalsQuerySchema,
  returnSubmissionSchema,
  type ListParentApprovalsQuery,
  type ParentApprovalItem,
  type SubmissionDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal, Scoped } from '@samvirke/auth';
import type { ResponseOptions } from '../submissions/submissions.store.js';
import { ParentApprovalsService } from './parent-approvals.service.js';

const where = z.object({ programmeId: z.uuid(), periodId: z.uuid(), organisationId: z.uuid() });
type Where = z.infer<typeof where>;
type Response = { header(name: string, value: string): unknown };

/** RFC 7240 `Prefer: return=minimal`, as the submission's other answers honour it. */
function preference(prefer: string | undefined, response: Response): ResponseOptions {
  const minimal = /(^|[,\s])return=minimal\b/i.test(prefer ?? '');
  if (minimal) response.header('preference-applied', 'return=minimal');
  return { minimal };
}

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
    @Param({ schema: where }) params: Where,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    return this.approvals.approve(principal, params, preference(prefer, response));
  }

  @Post('parent-return')
  @HttpCode(200)
  giveBack(
    @CurrentPrincipal() principal: Principal,
    @Param({ schema: where }) params: Where,
    @Body({ schema: returnSubmissionSchema }) body: { comment: string },
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    return this.approvals.giveBack(principal, params, body.comment, preference(prefer, response));
  }
}
