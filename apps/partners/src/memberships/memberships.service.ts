import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import {
  membershipGrantedV1,
  membershipRevokedV1,
  type GrantMembership,
  type ListMembershipsQuery,
  type MembershipDto,
  type MembershipRole,
  type Page,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import { requireActiveOrganisation } from '../organisations/organisations.service.js';
import { ProgrammeAccess, todayInDenmark } from '../programmes/programme-access.js';
import { Membership } from './membership.entity.js';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async grant(principal: Principal, programmeId: string, command: GrantMembership): Promise<MembershipDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      const organisation = await requireActiveOrganisation(
        manager,
        command.organisationId,
        '/organisationId',
      );
      if (await this.current(manager, programmeId, command.organisationId)) {
        throw new DomainError(
          'conflict',
          `${organisation.name} is already a member; change its roles instead.`,
          [{ pointer: '/organisationId', detail: 'already a member' }],
        );
      }
      const membership = await this.start(
        manager,
        programmeId,
        command.organisationId,
        command.roles,
        command.joinedOn,
      );
      return toDto(membership, organisation.name);
    });
  }

  /** New roles end the current membership and start a new one, so the history shows both. */
  async changeRoles(
    principal: Principal,
    programmeId: string,
    organisationId: string,
    roles: MembershipRole[],
  ): Promise<MembershipDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.manage(principal, programmeId, manager);
      const current = await this.requireCurrent(manager, programmeId, organisationId);
      if (programme.backboneOrganisationId === organisationId && !roles.includes('backbone')) {
        throw backboneConflict();
      }
      const organisation = await requireActiveOrganisation(manager, organisationId, '/organisationId');
      if (sameRoles(current.roles, roles)) return toDto(current, organisation.name);
      const today = todayInDenmark();
      await this.end(manager, current, today);
      const next = await this.start(manager, programmeId, organisationId, roles, today);
      return toDto(next, organisation.name);
    });
  }

  async revoke(principal: Principal, programmeId: string, organisationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.access.manage(principal, programmeId, manager);
      const current = await this.requireCurrent(manager, programmeId, organisationId);
      if (programme.backboneOrganisationId === organisationId) throw backboneConflict();
      await this.end(manager, current, todayInDenmark());
    });
  }

  async list(
    principal: Principal,
    programmeId: string,
    query: ListMembershipsQuery,
  ): Promise<Page<MembershipDto>> {
    await this.access.view(principal, programmeId);
    const conditions = ['m.programme_id = $1'];
    const params: unknown[] = [programmeId];
    if (query.history === 'false') conditions.push('m.left_on IS NULL');
    if (query.role) {
      params.push(query.role);
      conditions.push(`$${params.length} = ANY(m.roles)`);
    }
    const where = conditions.join(' AND ');
    const [count] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*)::text AS total FROM membership m WHERE ${where}`,
      params,
    );
    const rows: MembershipRow[] = await this.dataSource.query(
      `SELECT m.id, m.programme_id, m.organisation_id, o.name AS organisation_name, m.roles,
              m.joined_on::text AS joined_on, m.left_on::text AS left_on
         FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE ${where}
        ORDER BY o.name, m.joined_on, m.created_at
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        programmeId: row.programme_id,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        roles: row.roles,
        joinedOn: row.joined_on,
        leftOn: row.left_on,
      })),
      total: Number(count?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  private current(
    manager: EntityManager,
    programmeId: string,
    organisationId: string,
  ): Promise<Membership | null> {
    return manager.findOne(Membership, {
      where: { programmeId, organisationId, leftOn: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async requireCurrent(
    manager: EntityManager,
    programmeId: string,
    organisationId: string,
  ): Promise<Membership> {
    const current = await this.current(manager, programmeId, organisationId);
    if (!current)
      throw new DomainError('not-found', `Organisation ${organisationId} is not a member of this programme.`);
    return current;
  }

  private start(
    manager: EntityManager,
    programmeId: string,
    organisationId: string,
    roles: MembershipRole[],
    joinedOn = todayInDenmark(),
  ): Promise<Membership> {
    return startMembership(manager, this.outbox, { programmeId, organisationId, roles, joinedOn });
  }

  private async end(manager: EntityManager, membership: Membership, leftOn: string): Promise<void> {
    await manager.update(Membership, { id: membership.id }, { leftOn });
    await this.outbox.record(
      manager,
      membershipRevokedV1,
      {
        membershipId: membership.id,
        programmeId: membership.programmeId,
        organisationId: membership.organisationId,
        roles: membership.roles,
        leftOn,
      },
      { subject: membership.programmeId, programmeId: membership.programmeId },
    );
  }
}

/** Starts a membership and records membership.granted in the same transaction. */
export async function startMembership(
  manager: EntityManager,
  outbox: EventOutbox,
  grant: { programmeId: string; organisationId: string; roles: MembershipRole[]; joinedOn: string },
): Promise<Membership> {
  const membership: Membership = { id: randomUUID(), ...grant, leftOn: null };
  await manager.insert(Membership, membership);
  await outbox.record(
    manager,
    membershipGrantedV1,
    { membershipId: membership.id, ...grant },
    { subject: grant.programmeId, programmeId: grant.programmeId },
  );
  return membership;
}

interface MembershipRow {
  id: string;
  programme_id: string;
  organisation_id: string;
  organisation_name: string;
  roles: MembershipRole[];
  joined_on: string;
  left_on: string | null;
}

function toDto(membership: Membership, organisationName: string): MembershipDto {
  return { ...membership, organisationName };
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

function backboneConflict(): DomainError {
  return new DomainError(
    'conflict',
    "This organisation is the programme's backbone; name another backbone on the programme first.",
  );
}
