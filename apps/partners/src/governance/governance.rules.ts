import type {
  ActionItemDto,
  ActionItemDueSoonV2,
  CreateBody,
  DecisionDto,
  DecisionLinks,
  DecisionRecordedV1,
  MeetingDto,
  MeetingScheduledV1,
  ProblemFieldError,
} from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';

/** What the programme holds that a governance write may refer to. */
export interface ProgrammeFacts {
  readonly memberIds: ReadonlySet<string>;
  readonly goalIds: ReadonlySet<string>;
  readonly activityIds: ReadonlySet<string>;
}

const problem = (pointer: string, detail: string): ProblemFieldError => ({ pointer, detail });

/** Each member must be a current member organisation; a working group serves one of the goals, a steering group none. */
export function bodyErrors(body: Pick<CreateBody, 'kind' | 'goalId' | 'members'>, facts: ProgrammeFacts) {
  const errors = memberErrors(body.members, facts);
  if (body.kind === 'working-group' && body.goalId === null)
    errors.push(problem('/goalId', 'a working group works on one of the programme’s goals'));
  if (body.kind === 'steering-group' && body.goalId !== null)
    errors.push(problem('/goalId', 'a steering group is not tied to one goal'));
  if (body.goalId !== null && !facts.goalIds.has(body.goalId))
    errors.push(problem('/goalId', 'not a goal of the programme'));
  return errors;
}

export function memberErrors(members: CreateBody['members'], facts: ProgrammeFacts): ProblemFieldError[] {
  return members.flatMap((member, index) =>
    facts.memberIds.has(member.organisationId)
      ? []
      : [problem(`/members/${index}/organisationId`, 'not a current member of the programme')],
  );
}

/** Goals and activities must be the programme's own; indicators and awards live in other services and are kept as given. */
export function linkErrors(links: DecisionLinks, facts: ProgrammeFacts): ProblemFieldError[] {
  const check = (field: 'goalIds' | 'activityIds', known: ReadonlySet<string>, what: string) =>
    links[field].flatMap((id, index) =>
      known.has(id) ? [] : [problem(`/links/${field}/${index}`, `not ${what} of the programme`)],
    );
  return [
    ...check('goalIds', facts.goalIds, 'a goal'),
    ...check('activityIds', facts.activityIds, 'an activity'),
  ];
}

export function ownerErrors(ownerOrganisationId: string, facts: ProgrammeFacts): ProblemFieldError[] {
  return facts.memberIds.has(ownerOrganisationId)
    ? []
    : [problem('/ownerOrganisationId', 'not a current member of the programme')];
}

export function requireValid(errors: readonly ProblemFieldError[]): void {
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** One bad field: a reference to something the programme does not have. */
export function invalid(pointer: string, detail: string): ValidationFailed {
  return new ValidationFailed([problem(pointer, detail)]);
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('not-found', `No ${what} ${id} in this programme.`);
}

/** The last date (YYYY-MM-DD) an item may be due on to be reminded at `now`: today plus the window. */
export function reminderHorizon(now: Date, days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + days);
  return horizon.toISOString().slice(0, 10);
}

/** Open items first (soonest due), then the done ones. */
export function actionItemOrder(a: ActionItemDto, b: ActionItemDto): number {
  if ((a.doneAt === null) !== (b.doneAt === null)) return a.doneAt === null ? -1 : 1;
  return a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
}

export function meetingScheduledEvent(meeting: MeetingDto, memberIds: readonly string[]): MeetingScheduledV1 {
  const { id: meetingId, programmeId, bodyId, bodyName, title, startsAt, endsAt, location } = meeting;
  const memberOrganisationIds = [...new Set(memberIds)];
  return {
    meetingId,
    programmeId,
    bodyId,
    bodyName,
    title,
    startsAt,
    endsAt,
    location,
    memberOrganisationIds,
  };
}

export function decisionRecordedEvent(decision: DecisionDto): DecisionRecordedV1 {
  const { id: decisionId, programmeId, meetingId, title, decidedOn, links } = decision;
  return { decisionId, programmeId, meetingId, title, decidedOn, ...links };
}

/** The reminder names the owner's organisation, not the person (they stay in partners). */
export function dueSoonEvent(item: ActionItemDto): ActionItemDueSoonV2 {
  const { id: actionItemId, programmeId, title, ownerOrganisationId, dueDate } = item;
  return { actionItemId, programmeId, title, ownerOrganisationId, dueDate };
}
