import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { acceptAgreementSchema, type AcceptAgreement, type AgreementDto } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { AgreementsService } from './agreements.service.js';

@Controller('awards/:awardId/agreement')
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  get(@Scoped('awardId') { principal, awardId }: Scoped<'awardId'>): Promise<AgreementDto> {
    return this.agreements.get(principal, awardId);
  }

  @Post('accept')
  @HttpCode(200)
  accept(
    @Scoped('awardId') { principal, awardId }: Scoped<'awardId'>,
    @Body({ schema: acceptAgreementSchema }) body: AcceptAgreement,
  ): Promise<AgreementDto> {
    return this.agreements.accept(principal, awardId, body);
  }
}
