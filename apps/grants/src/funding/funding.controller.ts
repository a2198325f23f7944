import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  commitFundingSchema,
  type CommitFunding,
  type FundingCommitmentDto,
  type FundingOverviewDto,
} from '@samvirke/contracts';
import { Roles, Scoped } from '@samvirke/auth';
import { FundingService } from './funding.service.js';

@Controller('programmes/:programmeId')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @Post('commitments')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  commit(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: commitFundingSchema }) body: CommitFunding,
  ): Promise<FundingCommitmentDto> {
    return this.funding.commit(principal, programmeId, body);
  }

  @Get('funding')
  overview(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<FundingOverviewDto> {
    return this.funding.overview(principal, programmeId);
  }
}
