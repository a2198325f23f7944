import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  decideApplicationSchema,
  saveApplicationSchema,
  startApplicationSchema,
  type ApplicationDto,
  type OwnApplicationDto,
  type SaveApplication,
  type StartApplication,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { ApplicationsService } from './applications.service.js';

const id = { schema: z.uuid() };

@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('calls/:callId/applications')
  @HttpCode(201)
  start(
    @CurrentPrincipal() principal: Principal,
    @Param('callId', id) callId: string,
    @Body({ schema: startApplicationSchema }) body: StartApplication,
  ): Promise<ApplicationDto> {
    return this.applications.start(principal, callId, body);
  }

  @Get('calls/:callId/applications')
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('callId', id) callId: string,
  ): Promise<ApplicationDto[]> {
    return this.applications.listForCall(principal, callId);
  }

  @Get('applications')
  listOwn(@CurrentPrincipal() principal: Principal): Promise<OwnApplicationDto[]> {
    return this.applications.listOwn(principal);
  }

  @Get('applications/:applicationId')
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
  ): Promise<ApplicationDto> {
    return this.applications.get(principal, applicationId);
  }

  @Patch('applications/:applicationId')
  save(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
    @Body({ schema: saveApplicationSchema }) body: SaveApplication,
  ): Promise<ApplicationDto> {
    return this.applications.save(principal, applicationId, body);
  }

  @Post('applications/:applicationId/submit')
  @HttpCode(200)
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
  ): Promise<ApplicationDto> {
    return this.applications.submit(principal, applicationId);
  }

  @Post('applications/:applicationId/withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
  ): Promise<ApplicationDto> {
    return this.applications.withdraw(principal, applicationId);
  }

  @Post('applications/:applicationId/reject')
  @HttpCode(200)
  @Roles('foundation-officer', 'platform-admin')
  reject(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', id) applicationId: string,
    @Body({ schema: decideApplicationSchema }) body: { reason: string },
  ): Promise<ApplicationDto> {
    return this.applications.reject(principal, applicationId, body.reason);
  }
}
