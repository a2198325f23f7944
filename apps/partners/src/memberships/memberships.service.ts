import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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
import { requireActive } from '../organisations/organisations.rules.js';
import { OrganisationsStore } from '../organisations/organisations.store.js';
import { ProgrammeAccess, todayInDenmark } from '../programmes/programme-access.js';
import {
  alreadyMember,
  grantedEvent,
  newMembership,
  notMember,
  requireBackboneKept,
  revokedEvent,
  sameRoles,
  withName,
  type MembershipGrant,
  type MembershipRecord,
} from './memberships.rules.js';
import { MembershipsStore } from './memberships.store.js';

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
      const { organisationId, roles, joinedOn = todayInDenmark() } = command;
      const organisation = await activeOrganisation(manager, organisationId);
      if (await new MembershipsStore(manager).lockCurrent(programmeId, organisationId)) {
        throw alreadyMember(organisation.name);
      }
      const membership = await startMembership(manager, this.outbox, {
        programmeId,
        organisationId,
        roles,
        joinedOn,
      });
      return withName(membership, organisation.name);
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
      const current = await requireCurrent(manager, programmeId, organisationId);
      requireBackboneKept(programme.backboneOrganisationId, organisationId, roles);
      const organisation = await activeOrganisation(manager, organisationId);
      if (sameRoles(current.roles, roles)) return withName(current, organisation.name);
      const today = todayInDenmark();
      await this.end(manager, current, today);
      const next = await startMembership(manager, this.outbox, {
        programmeId,
        organisationId,
        roles,
        joinedOn: today,
      });
      return withName(next, organisation.name);
    });
  }

  async revoke(principal: Principal, programmeId: string, organisationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await this.access.manage(principal, programmeId, manager);
      const current = await requireCurrent(manager, programmeId, organisationId);
      requireBackboneKept(programme.backboneOrganisationId, organisationId, []);
      await this.end(manager, current, todayInDenmark());
    });
  }

  async list(
    principal: Principal,
    programmeId: string,
    query: ListMembershipsQuery,
  ): Promise<Page<MembershipDto>> {
    await this.access.view(principal, programmeId);
    return new MembershipsStore(this.dataSource.manager).list(programmeId, query);
  }

  private async end(manager: EntityManager, membership: MembershipRecord, leftOn: string): Promise<void> {
    await new MembershipsStore(manager).end(membership.id, leftOn);
    await this.outbox.record(manager, membershipRevokedV1, revokedEvent(membership, leftOn), {
      subject: membership.programmeId,
      programmeId: membership.programmeId,
    });
  }
}

/** Starts a membership and records membership.granted in the same transaction. */
export async function startMembership(
  manager: EntityManager,
  outbox: EventOutbox,
  grant: MembershipGrant,
): Promise<MembershipRecord> {
  const membership = newMembership(randomUUID(), grant);
  await new MembershipsStore(manager).insert(membership);
  await outbox.record(manager, membershipGrantedV1, grantedEvent(membership), {
    subject: grant.programmeId,
    programmeId: grant.programmeId,
  });
  return membership;
}

async function activeOrganisation(manager: EntityManager, organisationId: string) {
  const organisation = await new OrganisationsStore(manager).find(organisationId);
  return requireActive(organisation, organisationId, '/organisationId');
}

async function requireCurrent(
  manager: EntityManager,
  programmeId: string,
  organisationId: string,
): Promise<MembershipRecord> {
  const current = await new MembershipsStore(manager).lockCurrent(programmeId, organisationId);
  if (!current) throw notMember(organisationId);
  return current;
}
