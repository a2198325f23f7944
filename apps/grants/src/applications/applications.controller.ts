import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  decideApplicationSchema,
  saveApplicationSchema,
  startApplicationSchema,
  type ApplicationDto,
  type OwnApplicationDto,
  type SaveApplication,
  type StartApplication,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal, Scoped } from '@samvirke/auth';
import { ApplicationsService } from './applications.service.js';
import { OfficerPost } from '../access/officer-route.js';

@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('calls/:callId/applications')
  @HttpCode(201)
  start(
    @Scoped('callId') { principal, callId }: Scoped<'callId'>,
    @Body({ schema: startApplicationSchema }) body: StartApplication,
  ): Promise<ApplicationDto> {
    return this.applications.start(principal, callId, body);
  }

  @Get('calls/:callId/applications')
  list(@Scoped('callId') { principal, callId }: Scoped<'callId'>): Promise<ApplicationDto[]> {
    return this.applications.listForCall(principal, callId);
  }

  @Get('applications')
  listOwn(@CurrentPrincipal() principal: Principal): Promise<OwnApplicationDto[]> {
    return this.applications.listOwn(principal);
  }

  @Get('applications/:applicationId')
  get(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
  ): Promise<ApplicationDto> {
    return this.applications.get(principal, applicationId);
  }

  @Patch('applications/:applicationId')
  save(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: saveApplicationSchema }) body: SaveApplication,
  ): Promise<ApplicationDto> {
    return this.applications.save(principal, applicationId, body);
  }

  @Post('applications/:applicationId/submit')
  @HttpCode(200)
  submit(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
  ): Promise<ApplicationDto> {
    return this.applications.submit(principal, applicationId);
  }

  @Post('applications/:applicationId/withdraw')
  @HttpCode(200)
  withdraw(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
  ): Promise<ApplicationDto> {
    return this.applications.withdraw(principal, applicationId);
  }

  @OfficerPost('applications/:applicationId/reject', 200)
  reject(
    @Scoped('applicationId') { principal, applicationId }: Scoped<'applicationId'>,
    @Body({ schema: decideApplicationSchema }) body: { reason: string },
  ): Promise<ApplicationDto> {
    return this.applications.reject(principal, applicationId, body.reason);
  }
}
