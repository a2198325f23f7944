import {
  programmeIndicatorConfiguredV1,
  targetSetV1,
  valueRange,
  type ConfigureProgrammeIndicator,
  type IndicatorUnit,
  type ProblemFieldError,
  type ProgrammeIndicatorDto,
} from '@samvirke/contracts';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';

/** Baselines and targets lie where values may: the indicator's own range, else its unit's. */
export function rangeErrors(
  indicator: { unit: IndicatorUnit; min: number | null; max: number | null },
  command: Pick<ConfigureProgrammeIndicator, 'baseline' | 'targets'>,
): ProblemFieldError[] {
  const range = valueRange(indicator.unit, indicator.min, indicator.max);
  const inRange = (value: number): boolean => value >= range.min && value <= range.max;
  return [
    ...(command.baseline && !inRange(command.baseline.value)
      ? [{ pointer: '/baseline/value', detail: "outside the indicator's valid range" }]
      : []),
    ...command.targets.flatMap((target, index) =>
      inRange(target.value)
        ? []
        : [{ pointer: `/targets/${index}/value`, detail: "outside the indicator's valid range" }],
    ),
  ];
}

/** The periods whose target differs between two configurations: set, changed or removed. */
export function changedTargets(
  before: ProgrammeIndicatorDto['targets'],
  after: ProgrammeIndicatorDto['targets'],
): { period: string; value: number | null; previousValue: number | null }[] {
  const old = new Map(before.map((target) => [target.period, target.value]));
  const now = new Map(after.map((target) => [target.period, target.value]));
  const periods = [...new Set([...old.keys(), ...now.keys()])].sort();
  return periods
    .map((period) => ({ period, value: now.get(period) ?? null, previousValue: old.get(period) ?? null }))
    .filter((change) => change.value !== change.previousValue);
}

/** The configuration as an event (without the display names), then one event per changed target. */
export function configurationEvents(
  configured: ProgrammeIndicatorDto,
  previousTargets: ProgrammeIndicatorDto['targets'],
): PendingEvent[] {
  const { programmeId, indicatorId, code } = configured;
  const options = { subject: programmeId, programmeId };
  const { nameDa: _da, nameEn: _en, ...event } = configured;
  return [
    { definition: programmeIndicatorConfiguredV1, data: event, options },
    ...changedTargets(previousTargets, configured.targets).map((change) => ({
      definition: targetSetV1,
      data: { programmeId, indicatorId, code, ...change },
      options,
    })),
  ];
}

/** A retired or superseded indicator keeps its programmes but joins no new one. */
export function notAddable(code: string): DomainError {
  return new DomainError(
    'conflict',
    `The indicator ${code} is retired or superseded: add its current version.`,
    [{ pointer: '/code', detail: 'retired or superseded' }],
  );
}

/** Each goal an indicator serves must be one of the programme's own goals. */
export function goalErrors(
  goalIds: readonly string[] | undefined,
  programmeGoals: readonly string[],
): ProblemFieldError[] {
  return (goalIds ?? []).flatMap((goalId, index) =>
    programmeGoals.includes(goalId)
      ? []
      : [{ pointer: `/goalIds/${index}`, detail: 'not a goal of this programme' }],
  );
}

/** A classification other than a performance measure answers none of the three questions. */
export function withoutStrayQuestion(command: ConfigureProgrammeIndicator): ConfigureProgrammeIndicator {
  return command.rbaKind !== undefined && command.rbaKind !== 'performance'
    ? { ...command, performanceQuestion: null }
    : command;
}
