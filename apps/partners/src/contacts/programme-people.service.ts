import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammeMemberPeople } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { MembershipsStore } from '../memberships/memberships.store.js';
import { ProgrammeAccess } from '../programmes/programme-access.js';
import { readContactSight, recordClientContactRead } from './contact-access.service.js';
import { programmePeople } from './contacts.rules.js';
import { ContactsStore } from './contacts.store.js';

/**
 * Who is who in a programme. Its members work together, so each sees the others' named contacts
 * (the people the organisations chose to be reached at); nobody outside the programme does, and
 * no machine client (an integration sees the members and their roles, not the people).
 */
@Injectable()
export class ProgrammePeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProgrammeAccess,
  ) {}

  async list(principal: Principal, programmeId: string): Promise<ProgrammeMemberPeople[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.view(principal, programmeId, manager);
      const members = await new MembershipsStore(manager).list(programmeId, {
        history: 'false',
        limit: 1_000,
        offset: 0,
      });
      const ids = members.items.map((member) => member.organisationId);
      const sight = await readContactSight(manager, principal);
      const contacts = sight === 'none' ? [] : await new ContactsStore(manager).currentOfAll(ids);
      if (sight === 'granted-client')
        await recordClientContactRead(manager, principal, { rowKey: programmeId, programmeId });
      return programmePeople(members.items, contacts);
    });
  }
}
