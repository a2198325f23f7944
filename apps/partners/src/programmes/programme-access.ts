import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@samvirke/auth';
import { MembershipsStore } from '../memberships/memberships.store.js';
import {
  programmeView,
  requireManager,
  type ProgrammeRecord,
  type ProgrammeView,
} from './programmes.rules.js';
import { ProgrammesStore } from './programmes.store.js';

export type { ProgrammeView } from './programmes.rules.js';

/** Reads what programmeView() decides on: the programme, and the caller's current memberships in it. */
@Injectable()
export class ProgrammeAccess {
  constructor(private readonly dataSource: DataSource) {}

  async view(
    principal: Principal,
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeView> {
    const programme = await new ProgrammesStore(manager).find(programmeId);
    const memberships = programme
      ? await new MembershipsStore(manager).currentRoles(programmeId, principal.organisations)
      : [];
    return programmeView(principal, programmeId, programme, memberships);
  }

  async manage(principal: Principal, programmeId: string, manager?: EntityManager): Promise<ProgrammeRecord> {
    return requireManager(await this.view(principal, programmeId, manager));
  }
}

/** Today's date in Denmark, YYYY-MM-DD. */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
