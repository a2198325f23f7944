import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  commitFundingSchema,
  type CommitFunding,
  type FundingCommitmentDto,
  type FundingOverviewDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { FundingService } from './funding.service.js';

@Controller('programmes/:programmeId')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Post('commitments')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  commit(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: commitFundingSchema }) body: CommitFunding,
  ): Promise<FundingCommitmentDto> {
    return this.funding.commit(principal, programmeId, body);
  }

  @Get('funding')
  overview(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<FundingOverviewDto> {
    return this.funding.overview(principal, programmeId);
  }
}
