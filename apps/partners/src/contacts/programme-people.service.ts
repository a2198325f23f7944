import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProgrammeMemberPeople } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { MembershipsStore } from '../memberships/memberships.store.js';
import { ProgrammeAccess } from '../programmes/programme-access.js';
import { programmePeople, seesNamedContacts } from './contacts.rules.js';
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
    const manager = this.dataSource.manager;
    await this.access.view(principal, programmeId, manager);
    const members = await new MembershipsStore(manager).list(programmeId, {
      history: 'false',
      limit: 1_000,
      offset: 0,
    });
    const ids = members.items.map((member) => member.organisationId);
    // A machine client sees no named person (issue 24): the people stay with the people who work together.
    const contacts = seesNamedContacts(principal) ? await new ContactsStore(manager).currentOfAll(ids) : [];
    return programmePeople(members.items, contacts);
  }
}
