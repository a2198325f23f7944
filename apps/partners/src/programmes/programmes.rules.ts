import type {
  CreateProgramme,
  MembershipRole,
  OrganisationDto,
  ProblemFieldError,
  ProgrammeDto,
  UpdateProgramme,
} from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { isUniqueViolation } from '@samvirke/persistence';
import { DomainError, ValidationFailed } from '@samvirke/platform';

/** A programme without its goals. */
export type ProgrammeRecord = Omit<ProgrammeDto, 'goals'>;

export type NewProgramme = Omit<ProgrammeRecord, 'status' | 'createdAt'>;

/** The fields of an update besides the goals. */
export type ProgrammeChanges = Omit<UpdateProgramme, 'goals'>;

export type GoalInput = NonNullable<UpdateProgramme['goals']>[number];

/** A goal as stored, as far as editing the goals needs it. */
export interface GoalRow {
  readonly id: string;
  readonly title: string;
}

type Goal = ProgrammeDto['goals'][number];

export function newProgramme(id: string, command: CreateProgramme): NewProgramme {
  const { slug, name, problemStatement, vision, themes, startDate, endDate, backboneOrganisationId } =
    command;
  return { id, slug, name, problemStatement, vision, themes, startDate, endDate, backboneOrganisationId };
}

/**
 * The foundation a new programme is funded by: an admin names it; a foundation officer creates
 * programmes for their own foundation (the first of their organisations unless named).
 */
export function funderFor(principal: Principal, requested: string | undefined): string {
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

export function requireFoundation(funder: OrganisationDto): void {
  if (funder.type !== 'foundation') {
    throw new ValidationFailed([
      { pointer: '/funderOrganisationId', detail: `${funder.name} is not a foundation` },
    ]);
  }
}

/** The creating foundation becomes a funder, and the backbone (if named) a member with that role. */
export function firstMembers(funderId: string, backboneId: string | null): Map<string, MembershipRole[]> {
  const members = new Map<string, MembershipRole[]>([[funderId, ['funder']]]);
  if (backboneId) members.set(backboneId, [...(members.get(backboneId) ?? []), 'backbone']);
  return members;
}

/** The programme's dates after the update must still be in order. */
export function requireDatesInOrder(programme: ProgrammeRecord, changes: ProgrammeChanges): void {
  const startDate = changes.startDate ?? programme.startDate;
  const endDate = changes.endDate === undefined ? programme.endDate : changes.endDate;
  if (endDate && endDate < startDate)
    throw new ValidationFailed([{ pointer: '/endDate', detail: 'ends before it starts' }]);
}

export function notABackbone(): ValidationFailed {
  return new ValidationFailed([
    { pointer: '/backboneOrganisationId', detail: 'must be a current member with the backbone role' },
  ]);
}

/**
 * Editing the goals: ids the request names must be goals of this programme; the stored goals
 * it leaves out are dropped.
 */
export function goalEdit(
  existing: readonly GoalRow[],
  goals: readonly GoalInput[],
): { errors: ProblemFieldError[]; dropped: GoalRow[] } {
  const known = new Set(existing.map((goal) => goal.id));
  const errors = goals.flatMap((goal, index) =>
    goal.id && !known.has(goal.id)
      ? [{ pointer: `/goals/${index}/id`, detail: 'not a goal of this programme' }]
      : [],
  );
  const kept = new Set(goals.map((goal) => goal.id).filter(Boolean));
  return { errors, dropped: existing.filter((goal) => !kept.has(goal.id)) };
}

/** A dropped goal that activities serve stays until they are moved. */
export function servedGoalErrors(
  dropped: readonly GoalRow[],
  served: readonly string[],
): ProblemFieldError[] {
  return served.map((goalId) => {
    const title = dropped.find((goal) => goal.id === goalId)?.title ?? goalId;
    return {
      pointer: '/goals',
      detail: `goal "${title}" is served by activities; move them before removing it`,
    };
  });
}

/** The goals in the order given: named ids kept, new goals given fresh ids. */
export function positionedGoals(goals: readonly GoalInput[], newId: () => string): Goal[] {
  return goals.map((goal, position) => ({
    id: goal.id ?? newId(),
    title: goal.title,
    description: goal.description,
    position,
  }));
}

/** A taken slug (the only unique value a new programme can collide on) is a 409. */
export function slugConflict(error: unknown, slug: string): DomainError | undefined {
  if (!isUniqueViolation(error)) return undefined;
  return new DomainError('conflict', `The slug ${slug} is taken.`, [
    { pointer: '/slug', detail: 'already taken' },
  ]);
}

/** The payload of programme.created and programme.updated. */
export function programmeEvent(dto: ProgrammeDto) {
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

/** A programme as one caller sees it. */
export interface ProgrammeView {
  readonly programme: ProgrammeRecord;
  /** Roles that the caller's organisations hold in the programme now. */
  readonly callerRoles: ReadonlySet<MembershipRole>;
  readonly canManage: boolean;
}

/**
 * Who may see and manage a programme. A programme is visible to platform admins and to the
 * organisations that are its members now; to anyone else it does not exist (404). Its managers
 * are platform admins, the funders' foundation officers and the backbone's coordinators.
 */
export function programmeView(
  principal: Principal,
  programmeId: string,
  programme: ProgrammeRecord | undefined,
  callerMemberships: readonly (readonly MembershipRole[])[],
): ProgrammeView {
  const admin = hasRole(principal, 'platform-admin');
  if (!programme || (!admin && callerMemberships.length === 0)) throw programmeNotFound(programmeId);
  const callerRoles = new Set(callerMemberships.flat());
  const canManage =
    admin ||
    (hasRole(principal, 'foundation-officer') && callerRoles.has('funder')) ||
    (hasRole(principal, 'backbone-coordinator') && callerRoles.has('backbone'));
  return { programme, callerRoles, canManage };
}

export function requireManager(view: ProgrammeView): ProgrammeRecord {
  if (!view.canManage) {
    throw new DomainError(
      'forbidden',
      "Only the programme's funders, its backbone and platform admins may change it.",
    );
  }
  return view.programme;
}

export function programmeNotFound(programmeId: string): DomainError {
  return new DomainError('not-found', `No programme ${programmeId} that you can see.`);
}
