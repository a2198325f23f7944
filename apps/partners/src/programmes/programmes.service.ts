import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  programmeCreatedV1,
  programmeUpdatedV1,
  type CreateProgramme,
  type ListProgrammesQuery,
  type Page,
  type ProgrammeDto,
  type UpdateProgramme,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';
import { MembershipsStore } from '../memberships/memberships.store.js';
import { startMembership } from '../memberships/memberships.service.js';
import { requireActive } from '../organisations/organisations.rules.js';
import { OrganisationsStore } from '../organisations/organisations.store.js';
import { ProgrammeAccess, todayInDenmark } from './programme-access.js';
import {
  firstMembers,
  funderFor,
  goalEdit,
  newProgramme,
  notABackbone,
  positionedGoals,
  programmeEvent,
  requireDatesInOrder,
  requireFoundation,
  servedGoalErrors,
  slugConflict,
  type GoalInput,
} from './programmes.rules.js';
import { ProgrammesStore } from './programmes.store.js';

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  /** A foundation creates a programme; it becomes its first funder, and the backbone a member. */
  async create(principal: Principal, command: CreateProgramme): Promise<ProgrammeDto> {
    const funderId = funderFor(principal, command.funderOrganisationId);
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organisations = new OrganisationsStore(manager);
        requireFoundation(
          requireActive(await organisations.find(funderId), funderId, '/funderOrganisationId'),
        );
        const backboneId = command.backboneOrganisationId;
        if (backboneId)
          requireActive(await organisations.find(backboneId), backboneId, '/backboneOrganisationId');
        const store = new ProgrammesStore(manager);
        await store.insert(newProgramme(id, command));
        await syncGoals(store, id, command.goals);
        // The programme is announced before its first members, so consumers meet it first.
        await this.outbox.record(manager, programmeCreatedV1, programmeEvent(await store.load(id)), {
          subject: id,
          programmeId: id,
        });
        const joinedOn = todayInDenmark();
        for (const [organisationId, roles] of firstMembers(funderId, backboneId)) {
          await startMembership(manager, this.outbox, { programmeId: id, organisationId, roles, joinedOn });
        }
        return store.load(id);
      });
    } catch (error) {
      throw slugConflict(error, command.slug) ?? error;
    }
  }

  async update(principal: Principal, id: string, command: UpdateProgramme): Promise<ProgrammeDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.manage(principal, id, manager);
      const { goals, ...changes } = command;
      requireDatesInOrder(programme, changes);
      if (changes.backboneOrganisationId) await requireBackbone(manager, id, changes.backboneOrganisationId);
      const store = new ProgrammesStore(manager);
      await store.update(id, changes, new Date());
      if (goals) await syncGoals(store, id, goals);
      const dto = await store.load(id);
      await this.outbox.record(manager, programmeUpdatedV1, programmeEvent(dto), {
        subject: id,
        programmeId: id,
      });
      return dto;
    });
  }

  async get(principal: Principal, id: string): Promise<ProgrammeDto> {
    await this.access.view(principal, id);
    return new ProgrammesStore(this.dataSource.manager).load(id);
  }

  /** Programmes the caller's organisations take part in (all of them for platform admins). */
  list(principal: Principal, query: ListProgrammesQuery): Promise<Page<ProgrammeDto>> {
    const organisations = hasRole(principal, 'platform-admin') ? undefined : principal.organisations;
    return new ProgrammesStore(this.dataSource.manager).list(query, organisations);
  }
}

/** A programme's backbone is a current member that holds the backbone role. */
async function requireBackbone(
  manager: EntityManager,
  programmeId: string,
  organisationId: string,
): Promise<void> {
  const member = await new MembershipsStore(manager).isCurrentMember(programmeId, organisationId, 'backbone');
  if (!member) throw notABackbone();
}

/**
 * Makes the programme's goals match `goals`, in that order: named ids keep their identity,
 * new goals get ids, and a dropped goal must not be served by any activity.
 */
async function syncGoals(
  store: ProgrammesStore,
  programmeId: string,
  goals: readonly GoalInput[],
): Promise<void> {
  const { errors, dropped } = goalEdit(await store.goals(programmeId), goals);
  if (dropped.length > 0) {
    errors.push(...servedGoalErrors(dropped, await store.servedGoals(dropped.map((goal) => goal.id))));
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  if (dropped.length > 0) await store.deleteGoals(dropped.map((goal) => goal.id));
  await store.saveGoals(programmeId, positionedGoals(goals, randomUUID));
}
