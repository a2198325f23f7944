import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  programmeCreatedV1,
  programmeUpdatedV1,
  type CreateProgramme,
  type ListProgrammesQuery,
  type MembershipRole,
  type Page,
  type ProgrammeDto,
  type UpdateProgramme,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { startMembership } from '../memberships/memberships.service.js';
import { escapeLike, requireActiveOrganisation } from '../organisations/organisations.service.js';
import { ProgrammeAccess, todayInDenmark } from './programme-access.js';
import { Programme, ProgrammeGoal } from './programme.entity.js';

type GoalInput = NonNullable<UpdateProgramme['goals']>[number];

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: ProgrammeAccess,
  ) {}

  /** A foundation creates a programme; it becomes its first funder, and the backbone a member. */
  async create(principal: Principal, command: CreateProgramme): Promise<ProgrammeDto> {
    const funderId = this.funderFor(principal, command.funderOrganisationId);
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const funder = await requireActiveOrganisation(manager, funderId, '/funderOrganisationId');
        if (funder.type !== 'foundation') {
          throw new ValidationFailed([
            { pointer: '/funderOrganisationId', detail: `${funder.name} is not a foundation` },
          ]);
        }
        if (command.backboneOrganisationId) {
          await requireActiveOrganisation(manager, command.backboneOrganisationId, '/backboneOrganisationId');
        }
        await manager.insert(Programme, {
          id,
          slug: command.slug,
          name: command.name,
          problemStatement: command.problemStatement,
          vision: command.vision,
          themes: command.themes,
          startDate: command.startDate,
          endDate: command.endDate,
          status: 'planning',
          backboneOrganisationId: command.backboneOrganisationId,
        });
        await this.syncGoals(manager, id, command.goals);
        // The programme is announced before its first members, so consumers meet it first.
        await this.outbox.record(manager, programmeCreatedV1, eventData(await this.load(manager, id)), {
          subject: id,
          programmeId: id,
        });
        const members = new Map<string, MembershipRole[]>([[funderId, ['funder']]]);
        if (command.backboneOrganisationId) {
          members.set(command.backboneOrganisationId, [
            ...(members.get(command.backboneOrganisationId) ?? []),
            'backbone',
          ]);
        }
        const joinedOn = todayInDenmark();
        for (const [organisationId, roles] of members) {
          await startMembership(manager, this.outbox, { programmeId: id, organisationId, roles, joinedOn });
        }
        return this.load(manager, id);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError('conflict', `The slug ${command.slug} is taken.`, [
          { pointer: '/slug', detail: 'already taken' },
        ]);
      }
      throw error;
    }
  }

  async update(principal: Principal, id: string, command: UpdateProgramme): Promise<ProgrammeDto> {
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.access.manage(principal, id, manager);
      const { goals, ...fields } = command;
      const startDate = fields.startDate ?? programme.startDate;
      const endDate = fields.endDate === undefined ? programme.endDate : fields.endDate;
      if (endDate && endDate < startDate)
        throw new ValidationFailed([{ pointer: '/endDate', detail: 'ends before it starts' }]);
      if (fields.backboneOrganisationId) {
        const [member] = await manager.query<unknown[]>(
          `SELECT 1 FROM membership WHERE programme_id = $1 AND organisation_id = $2 AND left_on IS NULL AND 'backbone' = ANY(roles)`,
          [id, fields.backboneOrganisationId],
        );
        if (!member) {
          throw new ValidationFailed([
            { pointer: '/backboneOrganisationId', detail: 'must be a current member with the backbone role' },
          ]);
        }
      }
      await manager.update(Programme, { id }, { ...fields, updatedAt: new Date() });
      if (goals) await this.syncGoals(manager, id, goals);
      const dto = await this.load(manager, id);
      await this.outbox.record(manager, programmeUpdatedV1, eventData(dto), { subject: id, programmeId: id });
      return dto;
    });
  }

  async get(principal: Principal, id: string): Promise<ProgrammeDto> {
    await this.access.view(principal, id);
    return this.load(this.dataSource.manager, id);
  }

  /** Programmes the caller's organisations take part in (all of them for platform admins). */
  async list(principal: Principal, query: ListProgrammesQuery): Promise<Page<ProgrammeDto>> {
    const builder = this.dataSource.getRepository(Programme).createQueryBuilder('p');
    if (!hasRole(principal, 'platform-admin')) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM membership m WHERE m.programme_id = p.id AND m.left_on IS NULL
                 AND m.organisation_id = ANY(CAST(:orgs AS uuid[])))`,
        { orgs: principal.organisations },
      );
    }
    if (query.status) builder.andWhere('p.status = :status', { status: query.status });
    if (query.theme) builder.andWhere(':theme = ANY(p.themes)', { theme: query.theme });
    if (query.q) {
      builder.andWhere('(p.name ILIKE :q OR p.problem_statement ILIKE :q OR p.vision ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    const [rows, total] = await builder
      .orderBy('p.name')
      .addOrderBy('p.id')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    const goals = await this.goalsOf(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return {
      items: rows.map((row) => toDto(row, goals.get(row.id) ?? [])),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  private funderFor(principal: Principal, requested: string | undefined): string {
    if (hasRole(principal, 'platform-admin')) {
      if (!requested)
        throw new ValidationFailed([
          { pointer: '/funderOrganisationId', detail: 'name the funding foundation' },
        ]);
      return requested;
    }
    if (!hasRole(principal, 'foundation-officer')) {
      throw new DomainError('forbidden', 'Only foundation officers and platform admins create programmes.');
    }
    const funder = requested ?? principal.organisations[0];
    if (!funder || !principal.organisations.includes(funder)) {
      throw new DomainError('forbidden', 'A foundation officer creates programmes for their own foundation.');
    }
    return funder;
  }

  /**
   * Makes the programme's goals match `goals`, in that order: named ids keep their identity,
   * new goals get ids, and a dropped goal must not be served by any activity.
   */
  private async syncGoals(
    manager: EntityManager,
    programmeId: string,
    goals: readonly GoalInput[],
  ): Promise<void> {
    const existing = await manager.findBy(ProgrammeGoal, { programmeId });
    const known = new Set(existing.map((goal) => goal.id));
    const errors = goals.flatMap((goal, index) =>
      goal.id && !known.has(goal.id)
        ? [{ pointer: `/goals/${index}/id`, detail: 'not a goal of this programme' }]
        : [],
    );
    const kept = new Set(goals.map((goal) => goal.id).filter(Boolean));
    const dropped = existing.filter((goal) => !kept.has(goal.id));
    if (dropped.length > 0) {
      const used: { goal_id: string }[] = await manager.query(
        `SELECT DISTINCT goal_id FROM activity_goal WHERE goal_id = ANY($1::uuid[])`,
        [dropped.map((goal) => goal.id)],
      );
      for (const { goal_id } of used) {
        const title = dropped.find((goal) => goal.id === goal_id)?.title ?? goal_id;
        errors.push({
          pointer: '/goals',
          detail: `goal "${title}" is served by activities; move them before removing it`,
        });
      }
    }
    if (errors.length > 0) throw new ValidationFailed(errors);
    if (dropped.length > 0)
      await manager.delete(
        ProgrammeGoal,
        dropped.map((goal) => goal.id),
      );
    await manager.upsert(
      ProgrammeGoal,
      goals.map((goal, position) => ({
        id: goal.id ?? randomUUID(),
        programmeId,
        title: goal.title,
        description: goal.description,
        position,
      })),
      ['id'],
    );
  }

  private async load(manager: EntityManager, id: string): Promise<ProgrammeDto> {
    const row = await manager.findOneByOrFail(Programme, { id });
    const goals = await this.goalsOf(manager, [id]);
    return toDto(row, goals.get(id) ?? []);
  }

  private async goalsOf(manager: EntityManager, ids: string[]): Promise<Map<string, ProgrammeGoal[]>> {
    const byProgramme = new Map<string, ProgrammeGoal[]>();
    if (ids.length === 0) return byProgramme;
    const goals = await manager
      .createQueryBuilder(ProgrammeGoal, 'g')
      .where('g.programme_id = ANY(CAST(:ids AS uuid[]))', { ids })
      .orderBy('g.position')
      .getMany();
    for (const goal of goals)
      byProgramme.set(goal.programmeId, [...(byProgramme.get(goal.programmeId) ?? []), goal]);
    return byProgramme;
  }
}

function toDto(row: Programme, goals: readonly ProgrammeGoal[]): ProgrammeDto {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    problemStatement: row.problemStatement,
    vision: row.vision,
    goals: goals.map(({ id, title, description, position }) => ({ id, title, description, position })),
    themes: row.themes,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    backboneOrganisationId: row.backboneOrganisationId,
    createdAt: row.createdAt.toISOString(),
  };
}

function eventData(dto: ProgrammeDto) {
  return {
    programmeId: dto.id,
    slug: dto.slug,
    name: dto.name,
    status: dto.status,
    startDate: dto.startDate,
    endDate: dto.endDate,
    backboneOrganisationId: dto.backboneOrganisationId,
    goals: dto.goals.map(({ id, title, position }) => ({ id, title, position })),
    themes: dto.themes,
  };
}
