import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  awardGrantSchema,
  declineAwardShareSchema,
  recordPaymentSchema,
  type AwardDto,
  type AwardGrant,
  type DeclineAwardShare,
  type RecordPayment,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { AwardConsentService } from './award-consent.service.js';
import { AwardsService } from './awards.service.js';
import { TranchePaymentService } from './tranche-payment.service.js';

const id = { schema: z.uuid() };

@Controller()
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly consent: AwardConsentService,
    private readonly payments: TranchePaymentService,
  ) {}

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

  // Consent and payment are a foundation's own: platform admins do not act for it.
  @Post('awards/:awardId/shares/:funderOrganisationId/confirm')
  @HttpCode(200)
  @Roles('foundation-officer')
  confirm(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('funderOrganisationId', id) funderOrganisationId: string,
  ): Promise<AwardDto> {
    return this.consent.confirm(principal, awardId, funderOrganisationId);
  }

  @Post('awards/:awardId/shares/:funderOrganisationId/decline')
  @HttpCode(200)
  @Roles('foundation-officer')
  decline(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('funderOrganisationId', id) funderOrganisationId: string,
    @Body({ schema: declineAwardShareSchema }) body: DeclineAwardShare,
  ): Promise<AwardDto> {
    return this.consent.decline(principal, awardId, funderOrganisationId, body);
  }

  @Post('awards/:awardId/tranches/:trancheId/payment')
  @HttpCode(200)
  @Roles('foundation-officer')
  pay(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', id) awardId: string,
    @Param('trancheId', id) trancheId: string,
    @Body({ schema: recordPaymentSchema }) body: RecordPayment,
  ): Promise<AwardDto> {
    return this.payments.pay(principal, awardId, trancheId, body);
  }
}
