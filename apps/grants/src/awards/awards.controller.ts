import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  awardGrantSchema,
  recordPaymentSchema,
  type AwardDto,
  type AwardGrant,
  type RecordPayment,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { AwardsService } from './awards.service.js';

const id = { schema: z.uuid() };

@Controller()
export class AwardsController {
  constructor(private readonly awards: AwardsService) {}

  @Post('applications/:applicationId/award')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  award(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
    @Body({ schema: awardGrantSchema }) body: AwardGrant,
  ): Promise<AwardDto> {
    return this.awards.award(principal, applicationId, body);
  }

  @Get('programmes/:programmeId/awards')
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', id) programmeId: string,
  ): Promise<AwardDto[]> {
    return this.awards.list(principal, programmeId);
  }

  @Get('awards/:awardId')
  get(@CurrentPrincipal() principal: Principal, @Param('awardId', id) awardId: string): Promise<AwardDto> {
    return this.awards.get(principal, awardId);
  }

  @Post('awards/:awardId/tranches/:trancheId/payment')
  @HttpCode(200)
  @Roles('foundation-officer', 'platform-admin')
  pay(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('trancheId', id) trancheId: string,
    @Body({ schema: recordPaymentSchema }) body: RecordPayment,
  ): Promise<AwardDto> {
    return this.awards.pay(principal, awardId, trancheId, body);
  }
}
