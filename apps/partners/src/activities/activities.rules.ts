import type { ActivityDto, GoalMap, UpdateActivity } from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import type { ProgrammeView } from '../programmes/programmes.rules.js';

/** An activity without the goals it serves. */
export type ActivityRecord = Omit<ActivityDto, 'goalIds'>;

/** The fields of an update besides the goals. */
export type ActivityChanges = Omit<UpdateActivity, 'goalIds'>;

export interface ActivityFilter {
  readonly organisationId?: string;
  readonly goalId?: string;
}

/** One goal × organisation of the goal map, with that organisation's activities serving the goal. */
export interface GoalMapRow {
  goal_id: string;
  title: string;
  organisation_id: string | null;
  organisation_name: string | null;
  activity_ids: string[] | null;
}

/** Managers write any member's activities; a member's own staff write their organisation's. */
export function mayWriteFor(principal: Principal, view: ProgrammeView, organisationId: string): void {
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

/** An activity is registered for a current member of the programme only. */
export function requireMemberOrganisation(isCurrentMember: boolean): void {
  if (!isCurrentMember) {
    throw new ValidationFailed([{ pointer: '/organisationId', detail: 'not a member of this programme' }]);
  }
}

export function activityNotFound(activityId: string): DomainError {
  return new DomainError('not-found', `No activity ${activityId} in this programme.`);
}

/** Every goal an activity names must be one of the programme's (`known`). */
export function requireKnownGoals(goalIds: readonly string[], known: ReadonlySet<string>): void {
  const errors = goalIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ pointer: `/goalIds/${index}`, detail: 'not a goal of this programme' }],
  );
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** The activity after the update, whose dates must still be in order. */
export function changedActivity(activity: ActivityRecord, changes: ActivityChanges): ActivityRecord {
  const next = { ...activity, ...changes };
  if (next.startDate && next.endDate && next.endDate < next.startDate) {
    throw new ValidationFailed([{ pointer: '/endDate', detail: 'ends before it starts' }]);
  }
  return next;
}

/** Goals × members: who works on which goal, and which goals nobody works on. */
export function goalMap(programmeId: string, rows: readonly GoalMapRow[]): GoalMap {
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

/** The payload of activity.registered and activity.updated. */
export function activityEvent(dto: ActivityDto) {
  const { id, programmeId, organisationId, title, goalIds, status, startDate, endDate } = dto;
  return { activityId: id, programmeId, organisationId, title, goalIds, status, startDate, endDate };
}
