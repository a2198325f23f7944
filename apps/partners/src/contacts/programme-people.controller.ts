import { Controller, Get } from '@nestjs/common';
import type { ProgrammeMemberPeople } from '@samvirke/contracts';
import { Scoped } from '@samvirke/auth';
import { ProgrammePeopleService } from './programme-people.service.js';

@Controller('programmes/:programmeId/people')
export class ProgrammePeopleController {
  constructor(private readonly people: ProgrammePeopleService) {}

  @Get()
  list(
    @Scoped('programmeId') { principal, programmeId }: Scoped<'programmeId'>,
  ): Promise<ProgrammeMemberPeople[]> {
    return this.people.list(principal, programmeId);
  }
}
