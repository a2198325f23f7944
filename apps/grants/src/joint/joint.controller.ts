import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import {
  declinePartnershipSchema,
  saveApplicationPartnersSchema,
  type ApplicationDto,
  type DeclinePartnership,
  type SaveApplicationPartners,
} from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { JointService } from './joint.service.js';

@Controller('applications/:applicationId/partners')
export class JointController {
  constructor(private readonly joint: JointService) {}

  @Put()
  save(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: saveApplicationPartnersSchema }) body: SaveApplicationPartners,
  ): Promise<ApplicationDto> {
    return this.joint.save(principal, applicationId, body);
  }

  @Post(':organisationId/confirm')
  @HttpCode(200)
  confirm(
    @Scoped('applicationId', 'organisationId')
    { principal, applicationId, organisationId }: Scoped<'applicationId' | 'organisationId'>,
  ): Promise<ApplicationDto> {
    return this.joint.answer(principal, applicationId, organisationId, { confirmed: true, reason: null });
  }

  @Post(':organisationId/decline')
  @HttpCode(200)
  decline(
    @Scoped('applicationId', 'organisationId')
    { principal, applicationId, organisationId }: Scoped<'applicationId' | 'organisationId'>,
    @Body({ schema: declinePartnershipSchema }) body: DeclinePartnership,
  ): Promise<ApplicationDto> {
    return this.joint.answer(principal, applicationId, organisationId, {
      confirmed: false,
      reason: body.reason,
    });
  }
}
