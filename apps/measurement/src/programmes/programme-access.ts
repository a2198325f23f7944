import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';

/**
 * Who may see and run a programme's measurement, from measurement's own copy of partners'
 * memberships: current members and platform admins see it (anyone else gets 404); its backbone's
 * coordinators and platform admins configure indicators, targets and reporting periods.
 */
@Injectable()
export class MeasurementProgrammeAccess {
  constructor(private readonly dataSource: DataSource) {}

  async view(
    principal: Principal,
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const [programme] = await manager.query<unknown[]>(`SELECT 1 FROM known_programme WHERE id = $1`, [
      programmeId,
    ]);
    const rows = await manager.query<{ roles: string[] }[]>(
      `SELECT roles FROM programme_member WHERE programme_id = $1 AND left_on IS NULL AND organisation_id = ANY($2::uuid[])`,
      [programmeId, principal.organisations],
    );
    if (!programme || (!hasRole(principal, 'platform-admin') && rows.length === 0)) {
      throw new DomainError('not-found', `No programme ${programmeId} that you can see.`);
    }
    return new Set(rows.flatMap((row) => row.roles));
  }

  async manage(principal: Principal, programmeId: string, manager?: EntityManager): Promise<void> {
    const roles = await this.view(principal, programmeId, manager);
    const backbone = hasRole(principal, 'backbone-coordinator') && roles.has('backbone');
    if (!backbone && !hasRole(principal, 'platform-admin')) {
      throw new DomainError(
        'forbidden',
        "Only the programme's backbone coordinators and platform admins run its measurement.",
      );
    }
  }
}
