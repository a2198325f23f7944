import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  createGrantCallSchema,
  type CreateGrantCall,
  type GrantCallDto,
  type OpenCallDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, Roles, type Principal } from '@samvirke/auth';
import { GrantCallsService } from './calls.service.js';

@Controller()
export class GrantCallsController {
  constructor(private readonly calls: GrantCallsService) {}

  @Post('programmes/:programmeId/calls')
  @HttpCode(201)
  @Roles('foundation-officer', 'platform-admin')
  create(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
    @Body({ schema: createGrantCallSchema }) body: CreateGrantCall,
  ): Promise<GrantCallDto> {
    return this.calls.create(principal, programmeId, body);
  }

  @Get('programmes/:programmeId/calls')
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<GrantCallDto[]> {
    return this.calls.list(principal, programmeId);
  }

  @Get('calls')
  listOpen(@CurrentPrincipal() principal: Principal): Promise<OpenCallDto[]> {
    return this.calls.listOpen(principal);
  }

  @Get('calls/:callId')
  get(@Param('callId', { schema: z.uuid() }) callId: string): Promise<GrantCallDto> {
    return this.calls.get(callId);
  }
}
