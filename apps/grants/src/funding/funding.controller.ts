import { Body, Controller, Get } from '@nestjs/common';
import {
  commitFundingSchema,
  type CommitFunding,
  type FundingCommitmentDto,
  type FundingOverviewDto,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { FundingService } from './funding.service.js';
import { OfficerPost } from '../access/officer-route.js';

@Controller('programmes/:programmeId')
export class FundingController {
  constructor(private readonly funding: FundingService) {}

  @OfficerPost('commitments', 201)
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
