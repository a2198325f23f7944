import { Body, Controller, Get } from '@nestjs/common';
import {
  createGrantCallSchema,
  type CreateGrantCall,
  type GrantCallDto,
  type OpenCallDto,
} from '@samvirke/contracts';
import { CurrentPrincipal, type Principal, Scoped } from '@samvirke/auth';
import { UuidParam } from '@samvirke/platform';
import { GrantCallsService } from './calls.service.js';
import { OfficerPost } from '../access/officer-route.js';

@Controller()
export class GrantCallsController {
  constructor(private readonly calls: GrantCallsService) {}

  @OfficerPost('programmes/:programmeId/calls', 201)
  create(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
    @Body({ schema: createGrantCallSchema }) body: CreateGrantCall,
  ): Promise<GrantCallDto> {
    return this.calls.create(principal, programmeId, body);
  }

  @Get('programmes/:programmeId/calls')
  list(@Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>): Promise<GrantCallDto[]> {
    return this.calls.list(principal, programmeId);
  }

  @Get('calls')
  listOpen(@CurrentPrincipal() principal: Principal): Promise<OpenCallDto[]> {
    return this.calls.listOpen(principal);
  }

  @Get('calls/:callId')
  get(@UuidParam('callId') callId: string): Promise<GrantCallDto> {
    return this.calls.get(callId);
  }
}
