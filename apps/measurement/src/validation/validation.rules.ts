import type { MeasurementSettings, ValidationReportDto } from '@samvirke/contracts';

type Rule = MeasurementSettings['rules'][number];

/** An approved total: one organisation's value of one indicator in one period. */
export interface ApprovedTotal {
  readonly period: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly code: string;
  readonly value: number;
}

const HOLDS: Record<Rule['operator'], (left: number, right: number) => boolean> = {
  '<=': (left, right) => left <= right,
  '<': (left, right) => left < right,
  '=': (left, right) => left === right,
  '>=': (left, right) => left >= right,
  '>': (left, right) => left > right,
};

/**
 * Every report (period × organisation) where a rule does not hold between its two approved totals,
 * oldest period first; a report without one of the two totals is not judged.
 */
export function ruleViolations(
  totals: readonly ApprovedTotal[],
  rules: readonly Rule[],
): ValidationReportDto['violations'] {
  const reports = new Map<string, { first: ApprovedTotal; values: Map<string, number> }>();
  for (const total of totals) {
    const key = `${total.period}/${total.organisationId}`;
    const report = reports.get(key) ?? { first: total, values: new Map<string, number>() };
    report.values.set(total.code, total.value);
    reports.set(key, report);
  }
  const ordered = [...reports.values()].sort(
    (a, b) =>
      a.first.period.localeCompare(b.first.period) ||
      a.first.organisationName.localeCompare(b.first.organisationName, 'da'),
  );
  return ordered.flatMap(({ first, values }) =>
    rules.flatMap((rule) => {
      const leftValue = values.get(rule.left);
      const rightValue = values.get(rule.right);
      if (leftValue === undefined || rightValue === undefined) return [];
      if (HOLDS[rule.operator](leftValue, rightValue)) return [];
      return [
        {
          period: first.period,
          organisationId: first.organisationId,
          organisationName: first.organisationName,
          ...rule,
          leftValue,
          rightValue,
        },
      ];
    }),
  );
}
