import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  activityRegisteredV1,
  activityUpdatedV1,
  type ActivityDto,
  type GoalMap,
  type RegisterActivity,
  type UpdateActivity,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { MembershipsStore } from '../memberships/memberships.store.js';
import { ProgrammeAccess } from '../programmes/programme-access.js';
import {
  activityEvent,
  activityNotFound,
  changedActivity,
  goalMap,
  mayWriteFor,
  requireMemberOrganisation,
  requireKnownGoals,
  type ActivityFilter,
} from './activities.rules.js';
import { ActivitiesStore } from './activities.store.js';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async update(
    principal: Principal,
    programmeId: string,
    activityId: string,
    command: UpdateActivity,
  ): Promise<ActivityDto> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.access.view(principal, programmeId, manager);
      const store = new ActivitiesStore(manager);
      const activity = await store.find(programmeId, activityId);
      if (!activity) throw activityNotFound(activityId);
      mayWriteFor(principal, view, activity.organisationId);
      const { goalIds, ...changes } = command;
      const next = changedActivity(activity, changes);
      if (goalIds) {
        requireKnownGoals(goalIds, await store.goalsOfProgramme(programmeId, goalIds));
        await store.unlinkGoals(activityId);
        await store.linkGoals(activityId, goalIds);
      }
      if (Object.keys(changes).length > 0) await store.update(activityId, changes, new Date());
      const served = goalIds ?? (await store.goalsOf([activityId])).get(activityId) ?? [];
      return this.recorded(manager, activityUpdatedV1, { ...next, goalIds: served });
    });
  }

  async register(principal: Principal, programmeId: string, command: RegisterActivity): Promise<ActivityDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireRegistrar(principal, programmeId, command.organisationId, manager);
      const store = new ActivitiesStore(manager);
      requireKnownGoals(command.goalIds, await store.goalsOfProgramme(programmeId, command.goalIds));
      const { goalIds, ...fields } = command;
      const activity = { id: randomUUID(), programmeId, ...fields };
      // The registration has always answered with the stored updatedAt besides the documented
      // fields; it stays until the API drops it on purpose.
      const updatedAt = await store.insert(activity);
      await store.linkGoals(activity.id, goalIds);
      const registered = { ...activity, updatedAt, goalIds };
      return this.recorded(manager, activityRegisteredV1, registered);
    });
  }

  async list(principal: Principal, programmeId: string, filter: ActivityFilter): Promise<ActivityDto[]> {
    await this.access.view(principal, programmeId);
    return new ActivitiesStore(this.dataSource.manager).list(programmeId, filter);
  }

  /** Goals × members: who works on which goal, and which goals nobody works on. */
  async goalMap(principal: Principal, programmeId: string): Promise<GoalMap> {
    await this.access.view(principal, programmeId);
    return goalMap(programmeId, await new ActivitiesStore(this.dataSource.manager).goalMapRows(programmeId));
  }

  /** Who may register an activity for an organisation: a writer for it, a current member of the programme. */
  private async requireRegistrar(
    principal: Principal,
    programmeId: string,
    organisationId: string,
    manager: EntityManager,
  ): Promise<void> {
    mayWriteFor(principal, await this.access.view(principal, programmeId, manager), organisationId);
    requireMemberOrganisation(
      await new MembershipsStore(manager).isCurrentMember(programmeId, organisationId),
    );
  }

  private async recorded(
    manager: EntityManager,
    event: typeof activityRegisteredV1 | typeof activityUpdatedV1,
    dto: ActivityDto,
  ): Promise<ActivityDto> {
    await this.outbox.record(manager, event, activityEvent(dto), {
      subject: dto.programmeId,
      programmeId: dto.programmeId,
    });
    return dto;
  }
}
