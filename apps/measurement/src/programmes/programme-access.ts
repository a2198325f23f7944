import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { mayRunMeasurement, visibleRoles } from './programme-access.rules.js';
import { callerStanding } from './programme-access.store.js';

/**
 * Who may see and run a programme's measurement, from measurement's own copy of partners'
 * memberships (libs/directory; the rules are in programme-access.rules.ts). Anyone who may not see
 * a programme gets 404, as for an unknown one.
 */
@Injectable()
export class MeasurementProgrammeAccess {
  constructor(private readonly dataSource: DataSource) {}

  async view(
    principal: Principal,
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const roles = visibleRoles(
      principal,
      await callerStanding(manager, programmeId, principal.organisations),
    );
    if (!roles) throw new DomainError('not-found', `No programme ${programmeId} that you can see.`);
    return roles;
  }

  async manage(principal: Principal, programmeId: string, manager?: EntityManager): Promise<void> {
    const roles = await this.view(principal, programmeId, manager);
    if (!mayRunMeasurement(principal, roles)) {
      throw new DomainError(
        'forbidden',
        "Only the programme's backbone coordinators and platform admins run its measurement.",
      );
    }
  }
}
