import { Controller, Get, Param } from '@nestjs/common';
import { z } from 'zod';
import type { ProgrammeMemberPeople } from '@samvirke/contracts';
import { CurrentPrincipal, type Principal } from '@samvirke/auth';
import { ProgrammePeopleService } from './programme-people.service.js';

@Controller('programmes/:programmeId/people')
export class ProgrammePeopleController {
  constructor(private readonly people: ProgrammePeopleService) {}

  @Get()
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', { schema: z.uuid() }) programmeId: string,
  ): Promise<ProgrammeMemberPeople[]> {
    return this.people.list(principal, programmeId);
  }
}
