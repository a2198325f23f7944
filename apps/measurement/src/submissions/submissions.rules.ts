import {
  SUBMISSION_COMMENT_MAX,
  type MeasurementSettings,
  type ProblemFieldError,
  type SaveSubmission,
} from '@samvirke/contracts';
import type { CombinationGrid } from './category-totals.rules.js';

/** What a submission's values are checked against: an indicator the programme tracks for the period. */
export interface TrackedIndicator {
  readonly id: string;
  readonly code: string;
  readonly valueType: 'integer' | 'decimal';
  readonly scale: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly required: boolean;
  /** Allowed "code=value" disaggregation keys, and the cells of its category combinations. */
  readonly disaggregations: ReadonlySet<string>;
  /** Its category combinations (køn × aldersgruppe), whose cells must add up to what is given beside them. */
  readonly combinations?: readonly CombinationGrid[];
}

type Value = SaveSubmission['values'][number];

function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
}

/** Every problem with the values at once, each with a pointer to the value it concerns. */
export function valueErrors(
  values: SaveSubmission['values'],
  tracked: ReadonlyMap<string, TrackedIndicator>,
): ProblemFieldError[] {
  // Problems are pushed into one list, not returned per value: a submission may hold 100,000 values.
  const errors: ProblemFieldError[] = [];
  const seen = new Map<string, number>();
  values.forEach((entry, index) => {
    const at = `/values/${index}`;
    const indicator = tracked.get(entry.indicator);
    if (!indicator) {
      errors.push({
        pointer: `${at}/indicator`,
        detail: `${entry.indicator} is not an indicator this programme collects for the period`,
      });
      return;
    }
    checkShape(entry, indicator, at, errors);
    const key = `${entry.indicator}|${entry.disaggregation ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push({ pointer: at, detail: `given twice (first at /values/${first})` });
    else seen.set(key, index);
    checkNumber(entry, indicator, at, errors);
  });
  return errors;
}

/** A disaggregation the indicator has, and a comment within the contract's bounds. */
function checkShape(
  entry: Value,
  indicator: TrackedIndicator,
  at: string,
  errors: ProblemFieldError[],
): void {
  if (entry.disaggregation && !indicator.disaggregations.has(entry.disaggregation)) {
    errors.push({
      pointer: `${at}/disaggregation`,
      detail: `${entry.disaggregation} is not a disaggregation of ${indicator.code}`,
    });
  }
  // JSON comments pass the contract's schema; a CSV cell is checked here with the same bounds.
  if (entry.comment && entry.comment.length > SUBMISSION_COMMENT_MAX)
    errors.push({ pointer: `${at}/comment`, detail: `at most ${SUBMISSION_COMMENT_MAX} characters` });
  else if (entry.comment?.includes('\u0000'))
    errors.push({ pointer: `${at}/comment`, detail: 'no NUL characters' });
}

/** A whole number or a decimal within the indicator's scale, inside its range. */
function checkNumber(
  entry: Value,
  indicator: TrackedIndicator,
  at: string,
  errors: ProblemFieldError[],
): void {
  if (indicator.valueType === 'integer' && !Number.isInteger(entry.value)) {
    errors.push({ pointer: `${at}/value`, detail: 'must be a whole number' });
  } else if (indicator.valueType === 'decimal' && decimals(entry.value) > indicator.scale) {
    errors.push({ pointer: `${at}/value`, detail: `at most ${indicator.scale} decimals` });
  }
  if (
    (indicator.min !== null && entry.value < indicator.min) ||
    (indicator.max !== null && entry.value > indicator.max)
  ) {
    errors.push({
      pointer: `${at}/value`,
      detail: `outside ${indicator.min ?? '-∞'}..${indicator.max ?? '∞'}`,
    });
  }
}

/** Required indicators that have no total value. */
export function missingRequired(
  values: readonly { indicator: string; disaggregation: string | null }[],
  tracked: ReadonlyMap<string, TrackedIndicator>,
): ProblemFieldError[] {
  const totals = new Set(values.filter((value) => !value.disaggregation).map((value) => value.indicator));
  return [...tracked.values()]
    .filter((indicator) => indicator.required && !totals.has(indicator.code))
    .map((indicator) => ({
      pointer: '/values',
      detail: `the required indicator ${indicator.code} has no value`,
    }));
}

const HOLDS: Record<
  MeasurementSettings['rules'][number]['operator'],
  (left: number, right: number) => boolean
> = {
  '<=': (left, right) => left <= right,
  '<': (left, right) => left < right,
  '=': (left, right) => left === right,
  '>=': (left, right) => left >= right,
  '>': (left, right) => left > right,
};

/** Cross-indicator rules of the programme between totals in the same submission (e.g. a part ≤ its whole). */
export function ruleErrors(
  values: SaveSubmission['values'],
  rules: MeasurementSettings['rules'],
): ProblemFieldError[] {
  const totals = new Map<string, { value: number; index: number }>();
  values.forEach((entry, index) => {
    if (!entry.disaggregation && !totals.has(entry.indicator))
      totals.set(entry.indicator, { value: entry.value, index });
  });
  return rules.flatMap((rule) => {
    const left = totals.get(rule.left);
    const right = totals.get(rule.right);
    if (!left || !right || HOLDS[rule.operator](left.value, right.value)) return [];
    return [
      {
        pointer: `/values/${left.index}/value`,
        detail: `${rule.left} must be ${rule.operator} ${rule.right} (${right.value})`,
      },
    ];
  });
}
