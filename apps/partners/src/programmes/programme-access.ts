import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MembershipRole } from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { Programme } from './programme.entity.js';

export interface ProgrammeView {
  readonly programme: Programme;
  /** Roles that the caller's organisations hold in the programme now. */
  readonly callerRoles: ReadonlySet<MembershipRole>;
  readonly canManage: boolean;
}

/**
 * Who may see and manage a programme. A programme is visible to platform admins and to the
 * organisations that are its members now; to anyone else it does not exist (404). Its managers
 * are platform admins, the funders' foundation officers and the backbone's coordinators.
 */
@Injectable()
export class ProgrammeAccess {
  constructor(private readonly dataSource: DataSource) {}

  async view(
    principal: Principal,
    programmeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgrammeView> {
    const programme = await manager.findOneBy(Programme, { id: programmeId });
    const rows: { roles: MembershipRole[] }[] = programme
      ? await manager.query(
          `SELECT roles FROM membership WHERE programme_id = $1 AND left_on IS NULL AND organisation_id = ANY($2::uuid[])`,
          [programmeId, principal.organisations],
        )
      : [];
    const admin = hasRole(principal, 'platform-admin');
    if (!programme || (!admin && rows.length === 0)) throw notFound(programmeId);
    const callerRoles = new Set(rows.flatMap((row) => row.roles));
    const canManage =
      admin ||
      (hasRole(principal, 'foundation-officer') && callerRoles.has('funder')) ||
      (hasRole(principal, 'backbone-coordinator') && callerRoles.has('backbone'));
    return { programme, callerRoles, canManage };
  }

  async manage(principal: Principal, programmeId: string, manager?: EntityManager): Promise<Programme> {
    const view = await this.view(principal, programmeId, manager);
    if (!view.canManage) {
      throw new DomainError(
        'forbidden',
        "Only the programme's funders, its backbone and platform admins may change it.",
      );
    }
    return view.programme;
  }
}

export function notFound(programmeId: string): DomainError {
  return new DomainError('not-found', `No programme ${programmeId} that you can see.`);
}

/** Today's date in Denmark, YYYY-MM-DD. */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}
