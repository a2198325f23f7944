import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { acceptAgreementSchema, type AcceptAgreement, type AgreementDto } from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { AgreementsService } from './agreements.service.js';

@Controller('awards/:awardId/agreement')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', { schema: z.uuid() }) awardId: string,
  ): Promise<AgreementDto> {
    return this.agreements.get(principal, awardId);
  }

  @Post('accept')
  @HttpCode(200)
  accept(
    @CurrentPrincipal() principal: Principal,
    @Param('awardId', { schema: z.uuid() }) awardId: string,
    @Body({ schema: acceptAgreementSchema }) body: AcceptAgreement,
  ): Promise<AgreementDto> {
    return this.agreements.accept(principal, awardId, body);
  }
}
