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
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { ProgrammeAccess, type ProgrammeView } from '../programmes/programme-access.js';
import { Activity } from './activity.entity.js';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  async register(principal: Principal, programmeId: string, command: RegisterActivity): Promise<ActivityDto> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.access.view(principal, programmeId, manager);
      mayWriteFor(principal, view, command.organisationId);
      const [member] = await manager.query<unknown[]>(
        `SELECT 1 FROM membership WHERE programme_id = $1 AND organisation_id = $2 AND left_on IS NULL`,
        [programmeId, command.organisationId],
      );
      if (!member)
        throw new ValidationFailed([
          { pointer: '/organisationId', detail: 'not a member of this programme' },
        ]);
      await requireGoals(manager, programmeId, command.goalIds);
      const { goalIds, ...fields } = command;
      const activity = { id: randomUUID(), programmeId, ...fields };
      await manager.insert(Activity, activity);
      await linkGoals(manager, activity.id, goalIds);
      const dto: ActivityDto = { ...activity, goalIds };
      await this.outbox.record(manager, activityRegisteredV1, eventData(dto), {
        subject: programmeId,
        programmeId,
      });
      return dto;
    });
  }

  async update(
    principal: Principal,
    programmeId: string,
    activityId: string,
    command: UpdateActivity,
  ): Promise<ActivityDto> {
    return this.dataSource.transaction(async (manager) => {
      const view = await this.access.view(principal, programmeId, manager);
      const activity = await manager.findOneBy(Activity, { id: activityId, programmeId });
      if (!activity) throw new DomainError('not-found', `No activity ${activityId} in this programme.`);
      mayWriteFor(principal, view, activity.organisationId);
      const { goalIds, ...fields } = command;
      const next = { ...activity, ...fields };
      if (next.startDate && next.endDate && next.endDate < next.startDate) {
        throw new ValidationFailed([{ pointer: '/endDate', detail: 'ends before it starts' }]);
      }
      if (goalIds) {
        await requireGoals(manager, programmeId, goalIds);
        await manager.query(`DELETE FROM activity_goal WHERE activity_id = $1`, [activityId]);
        await linkGoals(manager, activityId, goalIds);
      }
      if (Object.keys(fields).length > 0)
        await manager.update(Activity, { id: activityId }, { ...fields, updatedAt: new Date() });
      const dto: ActivityDto = {
        ...toDto(next),
        goalIds: goalIds ?? (await goalsOf(manager, [activityId])).get(activityId) ?? [],
      };
      await this.outbox.record(manager, activityUpdatedV1, eventData(dto), {
        subject: programmeId,
        programmeId,
      });
      return dto;
    });
  }

  async list(
    principal: Principal,
    programmeId: string,
    filter: { organisationId?: string; goalId?: string },
  ): Promise<ActivityDto[]> {
    await this.access.view(principal, programmeId);
    const builder = this.dataSource
      .getRepository(Activity)
      .createQueryBuilder('a')
      .where('a.programme_id = :programmeId', { programmeId });
    if (filter.organisationId)
      builder.andWhere('a.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.goalId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM activity_goal ag WHERE ag.activity_id = a.id AND ag.goal_id = :goalId)',
        {
          goalId: filter.goalId,
        },
      );
    }
    const rows = await builder.orderBy('a.title').getMany();
    const goals = await goalsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return rows.map((row) => ({ ...toDto(row), goalIds: goals.get(row.id) ?? [] }));
  }

  /** Goals × members: who works on which goal, and which goals nobody works on. */
  async goalMap(principal: Principal, programmeId: string): Promise<GoalMap> {
    await this.access.view(principal, programmeId);
    const rows: {
      goal_id: string;
      title: string;
      organisation_id: string | null;
      organisation_name: string | null;
      activity_ids: string[] | null;
    }[] = await this.dataSource.query(
      `SELECT g.id AS goal_id, g.title, a.organisation_id, o.name AS organisation_name,
                array_agg(a.id ORDER BY a.title) FILTER (WHERE a.id IS NOT NULL) AS activity_ids
           FROM programme_goal g
           LEFT JOIN activity_goal ag ON ag.goal_id = g.id
           LEFT JOIN activity a ON a.id = ag.activity_id AND a.status <> 'cancelled'
           LEFT JOIN organisation o ON o.id = a.organisation_id
          WHERE g.programme_id = $1
          GROUP BY g.id, g.title, g.position, a.organisation_id, o.name
          ORDER BY g.position, o.name`,
      [programmeId],
    );
    const goals: GoalMap['goals'] = [];
    for (const row of rows) {
      let goal = goals.find((entry) => entry.goalId === row.goal_id);
      if (!goal) {
        goal = { goalId: row.goal_id, title: row.title, members: [] };
        goals.push(goal);
      }
      if (row.organisation_id && row.activity_ids) {
        goal.members.push({
          organisationId: row.organisation_id,
          organisationName: row.organisation_name ?? '',
          activityIds: row.activity_ids,
        });
      }
    }
    return {
      programmeId,
      goals,
      uncoveredGoalIds: goals.filter((goal) => goal.members.length === 0).map((goal) => goal.goalId),
    };
  }
}

/** Managers write any member's activities; a member's own staff write their organisation's. */
function mayWriteFor(principal: Principal, view: ProgrammeView, organisationId: string): void {
  if (view.canManage) return;
  const ownStaff =
    belongsTo(principal, organisationId) &&
    hasRole(principal, 'partner-member', 'reporter', 'backbone-coordinator', 'foundation-officer');
  if (!ownStaff)
    throw new DomainError(
      'forbidden',
      "Only the programme's managers and the member's own staff record its activities.",
    );
}

async function requireGoals(
  manager: EntityManager,
  programmeId: string,
  goalIds: readonly string[],
): Promise<void> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM programme_goal WHERE programme_id = $1 AND id = ANY($2::uuid[])`,
    [programmeId, goalIds],
  );
  const known = new Set(rows.map((row) => row.id));
  const errors = goalIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ pointer: `/goalIds/${index}`, detail: 'not a goal of this programme' }],
  );
  if (errors.length > 0) throw new ValidationFailed(errors);
}

async function linkGoals(
  manager: EntityManager,
  activityId: string,
  goalIds: readonly string[],
): Promise<void> {
  await manager.query(`INSERT INTO activity_goal (activity_id, goal_id) SELECT $1, unnest($2::uuid[])`, [
    activityId,
    goalIds,
  ]);
}

async function goalsOf(manager: EntityManager, activityIds: string[]): Promise<Map<string, string[]>> {
  const rows: { activity_id: string; goal_ids: string[] }[] = activityIds.length
    ? await manager.query(
        `SELECT ag.activity_id, array_agg(ag.goal_id ORDER BY g.position) AS goal_ids
           FROM activity_goal ag JOIN programme_goal g ON g.id = ag.goal_id
          WHERE ag.activity_id = ANY($1::uuid[]) GROUP BY ag.activity_id`,
        [activityIds],
      )
    : [];
  return new Map(rows.map((row) => [row.activity_id, row.goal_ids]));
}

function toDto(row: Activity): Omit<ActivityDto, 'goalIds'> {
  const { id, programmeId, organisationId, title, description, status, startDate, endDate } = row;
  return { id, programmeId, organisationId, title, description, status, startDate, endDate };
}

function eventData(dto: ActivityDto) {
  const { id, programmeId, organisationId, title, goalIds, status, startDate, endDate } = dto;
  return { activityId: id, programmeId, organisationId, title, goalIds, status, startDate, endDate };
}
