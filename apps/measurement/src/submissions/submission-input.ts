import type { MeasurementSettings, ProblemFieldError, SaveSubmission } from '@samvirke/contracts';
import { parseSubmissionCsv, rowPointer } from '@samvirke/csv';
import { combinationErrors, type CombinationGrid } from './category-totals.rules.js';
import { ruleErrors, valueErrors, type TrackedIndicator } from './submissions.rules.js';

/**
 * The values a reporter saves, from a JSON body or a CSV file, and how to point at each of them:
 * the checks name `/values/<index>[/<field>]`, which a CSV's problems translate to its rows and
 * columns (`/rows/<row>/<column>`) so the reporter finds the cell in their file.
 */
export interface SubmissionInput {
  readonly values: SaveSubmission['values'];
  /** Problems found reading the file itself, already pointing at its rows. */
  readonly readErrors: readonly ProblemFieldError[];
  /** For a CSV: each value's row in the file, and the file's column for each field of a value. */
  readonly csv?: {
    readonly rows: readonly number[];
    readonly columns: Readonly<Record<string, string | undefined>>;
  };
}

export function jsonInput(command: SaveSubmission): SubmissionInput {
  return { values: command.values, readErrors: [] };
}

/** A CSV upload: the same values as a JSON body, with every problem pointing at its row and column. */
export function csvInput(text: string): SubmissionInput {
  const parsed = parseSubmissionCsv(text);
  const [indicator, disaggregation, value, comment] = parsed.columns;
  return {
    values: parsed.values,
    readErrors: parsed.errors,
    csv: { rows: parsed.rows, columns: { indicator, disaggregation, value, comment } },
  };
}

/** Where the input gave the value a `/values/...` pointer names (itself, for a JSON body). */
export function pointAt(input: SubmissionInput, valuePointer: string): string {
  if (!input.csv) return valuePointer;
  const [, index, field] = /^\/values\/(\d+)(?:\/(\w+))?$/.exec(valuePointer) ?? [];
  const row = input.csv.rows[Number(index)];
  if (row === undefined) return valuePointer;
  return rowPointer(row, field ? (input.csv.columns[field] ?? field) : undefined);
}

/** Every problem with the input: reading it, its values, and the programme's cross-indicator rules. */
export function inputErrors(
  input: SubmissionInput,
  tracked: ReadonlyMap<string, TrackedIndicator>,
  rules: MeasurementSettings['rules'],
): ProblemFieldError[] {
  const found = [...valueErrors(input.values, tracked), ...ruleErrors(input.values, rules)];
  // Sums are checked once each value is itself fine, so a bad value is not reported twice.
  if (found.length === 0) found.push(...combinationErrors(input.values, combinationsOf(tracked)));
  return [
    ...input.readErrors,
    ...found.map((error) => ({ ...error, pointer: pointAt(input, error.pointer) })),
  ];
}

function combinationsOf(
  tracked: ReadonlyMap<string, TrackedIndicator>,
): Map<string, readonly CombinationGrid[]> {
  return new Map([...tracked].map(([code, indicator]) => [code, indicator.combinations ?? []]));
}
