import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  awardGrantSchema,
  declineAwardShareSchema,
  recordPaymentSchema,
  type AwardDto,
  type AwardGrant,
  type DeclineAwardShare,
  type RecordPayment,
} from '@samvirke/contracts';
import { Roles, Scoped } from '@samvirke/auth';
import { AwardConsentService } from './award-consent.service.js';
import { AwardsService } from './awards.service.js';
import { TranchePaymentService } from './tranche-payment.service.js';
import { OfficerPost } from '../access/officer-route.js';

@Controller()
export class AwardsController {
  constructor(
    private readonly awards: AwardsService,
    private readonly consent: AwardConsentService,
    private readonly payments: TranchePaymentService,
  ) {}

  @OfficerPost('applications/:applicationId/award', 201)
  award(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: awardGrantSchema }) body: AwardGrant,
  ): Promise<AwardDto> {
    return this.awards.award(principal, applicationId, body);
  }

  @Get('programmes/:programmeId/awards')
  list(@Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>): Promise<AwardDto[]> {
    return this.awards.list(principal, programmeId);
  }

  @Get('awards/:awardId')
  get(@Scoped('awardId') { principal, awardId }: Scoped<'awardId'>): Promise<AwardDto> {
    return this.awards.get(principal, awardId);
  }

  // Consent and payment are a foundation's own: platform admins do not act for it.
  @Post('awards/:awardId/shares/:funderOrganisationId/confirm')
  @HttpCode(200)
  @Roles('foundation-officer')
  confirm(
    @Scoped('awardId', 'funderOrganisationId')
    { principal, awardId, funderOrganisationId }: Scoped<'awardId' | 'funderOrganisationId'>,
  ): Promise<AwardDto> {
    return this.consent.confirm(principal, awardId, funderOrganisationId);
  }

  @Post('awards/:awardId/shares/:funderOrganisationId/decline')
  @HttpCode(200)
  @Roles('foundation-officer')
  decline(
    @Scoped('awardId', 'funderOrganisationId')
    { principal, awardId, funderOrganisationId }: Scoped<'awardId' | 'funderOrganisationId'>,
    @Body({ schema: declineAwardShareSchema }) body: DeclineAwardShare,
  ): Promise<AwardDto> {
    return this.consent.decline(principal, awardId, funderOrganisationId, body);
  }

  @Post('awards/:awardId/tranches/:trancheId/payment')
  @HttpCode(200)
  @Roles('foundation-officer')
  pay(
    @Scoped('awardId', 'trancheId') { principal, awardId, trancheId }: Scoped<'awardId' | 'trancheId'>,
    @Body({ schema: recordPaymentSchema }) body: RecordPayment,
  ): Promise<AwardDto> {
    return this.payments.pay(principal, awardId, trancheId, body);
  }
}
