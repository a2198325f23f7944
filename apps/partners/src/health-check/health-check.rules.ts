import type { Principal } from '@samvirke/auth';
import {
  HEALTH_CHECK_CONDITIONS,
  HEALTH_CHECK_DONT_KNOW,
  healthCheckItemSet,
  type HealthCheckQuestionnaireDto,
  type HealthCheckActionDto,
  type HealthCheckActionRecordedV1,
  type HealthCheckItemSet,
  type HealthCheckRoundClosedV1,
  type HealthCheckRoundDto,
  type HealthCheckRoundOpenedV1,
  type HealthCheckRoundResultDto,
  type ProblemFieldError,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

/** The item set a round was opened with (every version ever used stays declared). */
export function itemsOf(round: { readonly itemSetVersion: number }): HealthCheckItemSet {
  const items = healthCheckItemSet(round.itemSetVersion);
  if (!items) throw new Error(`health check item set ${round.itemSetVersion} is not declared`);
  return items;
}

/** A person of a member organisation (not a machine client) answers; platform admins outside it do not. */
export function requireRespondent(principal: Principal, callerRoles: ReadonlySet<string>): void {
  if (principal.isServiceAccount || callerRoles.size === 0)
    throw new DomainError(
      'forbidden',
      "Only people of the programme's member organisations answer its health check.",
    );
}

export function questionnaireOf(
  round: HealthCheckRoundDto,
  items: HealthCheckItemSet,
  canAnswer: boolean,
): HealthCheckQuestionnaireDto {
  return {
    round,
    conditions: HEALTH_CHECK_CONDITIONS.map((condition) => ({
      condition,
      name: items.conditions[condition],
    })),
    scale: [...items.scale.map((label, index) => ({ value: index + 1, label })), HEALTH_CHECK_DONT_KNOW],
    items: items.items.map(({ id, condition, text }) => ({ id, condition, text })),
    canAnswer,
  };
}

/** A round as stored, before today decides its status. */
export interface RoundRecord {
  readonly id: string;
  readonly programmeId: string;
  readonly title: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly closedAt: string | null;
  readonly itemSetVersion: number;
  readonly minResponses: number;
  readonly responseCount: number;
}

/** How many answers to one item had each value, from the database's tally. */
export interface ItemTally {
  readonly roundId: string;
  readonly itemId: string;
  readonly value: number;
  readonly count: number;
}

/** Closed once closed by hand or past its closing date (Danish days); scheduled before it opens. */
export function roundStatus(round: RoundRecord, today: string): HealthCheckRoundDto['status'] {
  if (round.closedAt !== null || round.closesOn < today) return 'closed';
  return round.opensOn > today ? 'scheduled' : 'open';
}

export function roundDto(round: RoundRecord, today: string, answeredByMe: boolean): HealthCheckRoundDto {
  return { ...round, status: roundStatus(round, today), answeredByMe };
}

const problem = (pointer: string, detail: string): ProblemFieldError => ({ pointer, detail });

/** A round must still have days left to answer in. */
export function openRoundErrors(closesOn: string, today: string): ProblemFieldError[] {
  return closesOn < today ? [problem('/closesOn', 'has already passed')] : [];
}

/** The round's minimum: what was asked for, never below the service's floor. */
export function minimumOf(asked: number | undefined, floor: number): number {
  return Math.max(asked ?? floor, floor);
}

export function minimumErrors(asked: number | undefined, floor: number): ProblemFieldError[] {
  return asked !== undefined && asked < floor
    ? [problem('/minResponses', `must be at least ${floor} (HEALTH_CHECK_MIN_RESPONSES)`)]
    : [];
}

/** Every item answered with a whole number 1–5 or 0 ("Ved ikke"), and nothing else: each bad item named. */
export function answerErrors(items: HealthCheckItemSet, answers: Readonly<Record<string, unknown>>) {
  const known = new Set(items.items.map((item) => item.id));
  const errors: ProblemFieldError[] = [];
  for (const item of items.items) {
    const value = answers[item.id];
    if (value === undefined) errors.push(problem(`/answers/${item.id}`, 'not answered'));
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 5)
      errors.push(
        problem(
          `/answers/${item.id}`,
          'must be a whole number from 1 (Helt uenig) to 5 (Helt enig), or 0 (Ved ikke)',
        ),
      );
  }
  for (const key of Object.keys(answers))
    if (!known.has(key)) errors.push(problem(`/answers/${key}`, 'not an item of this round'));
  return errors;
}

/** The answers as stored: item id to value, in the item set's order, nothing about who gave them. */
export function storedAnswers(items: HealthCheckItemSet, answers: Readonly<Record<string, unknown>>) {
  return Object.fromEntries(items.items.map((item) => [item.id, Number(answers[item.id])]));
}

/**
 * A round's results: nothing while it is open or with fewer responses than its minimum (so that
 * no person's answers can be told from the figures), else per condition the mean of every answer
 * to its items and how many answers had each value.
 */
export function roundResult(
  round: RoundRecord,
  today: string,
  items: HealthCheckItemSet,
  tallies: readonly ItemTally[],
): HealthCheckRoundResultDto {
  const status = roundStatus(round, today);
  const hidden: HealthCheckRoundResultDto['hidden'] =
    status !== 'closed' ? 'open' : round.responseCount < round.minResponses ? 'too-few-responses' : null;
  const { id: roundId, title, opensOn, closesOn, responseCount, minResponses } = round;
  const base = { roundId, title, opensOn, closesOn, status, responseCount, minResponses, hidden };
  if (hidden) return { ...base, conditions: [] };
  const conditionOf = new Map(items.items.map((item) => [item.id, item.condition]));
  const conditions = HEALTH_CHECK_CONDITIONS.map((condition) => {
    const distribution = [0, 0, 0, 0, 0];
    let dontKnow = 0;
    for (const tally of tallies) {
      if (tally.roundId !== roundId || conditionOf.get(tally.itemId) !== condition) continue;
      if (tally.value === HEALTH_CHECK_DONT_KNOW.value) dontKnow += tally.count;
      else if (tally.value >= 1)
        distribution[tally.value - 1] = (distribution[tally.value - 1] ?? 0) + tally.count;
    }
    // "Ved ikke" is no point on the scale: it is counted beside the distribution, never in the mean.
    const answers = distribution.reduce((sum, count) => sum + count, 0);
    const total = distribution.reduce((sum, count, index) => sum + count * (index + 1), 0);
    const mean = answers ? Math.round((total / answers) * 100) / 100 : 0;
    return { condition, mean, distribution, dontKnow };
  });
  return { ...base, conditions };
}

export function roundNotFound(roundId: string): DomainError {
  return new DomainError('not-found', `No health check round ${roundId} in this programme.`);
}

export function roundOpenedEvent(round: RoundRecord, memberIds: readonly string[]): HealthCheckRoundOpenedV1 {
  const { id: roundId, programmeId, title, opensOn, closesOn, itemSetVersion } = round;
  return {
    roundId,
    programmeId,
    title,
    opensOn,
    closesOn,
    itemSetVersion,
    memberOrganisationIds: [...new Set(memberIds)],
  };
}

export function roundClosedEvent(round: RoundRecord, closedAt: string): HealthCheckRoundClosedV1 {
  const { id: roundId, programmeId, title, responseCount, minResponses } = round;
  return { roundId, programmeId, title, responseCount, minResponses, closedAt };
}

export function actionRecordedEvent(action: HealthCheckActionDto): HealthCheckActionRecordedV1 {
  const { id: actionId, programmeId, roundId, condition, text, ownerOrganisationId, dueDate } = action;
  return { actionId, programmeId, roundId, condition, text, ownerOrganisationId, dueDate };
}
