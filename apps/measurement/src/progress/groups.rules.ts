import type { Relation } from './small-numbers.js';
import type { IndicatorAggregation, OrganisationValue, PeriodFigures } from './table-view.js';

/**
 * How several organisations' values make one figure, and how that figure is bound to them: the one
 * rule behind the programme's total, a region or a filtered group (analytics), and a municipality's
 * row folded from its sub-units' values (fold.rules.ts).
 */

/** The cells of a grouped table: the total, each organisation's value, each group's. */
export const TOTAL = 'total';
export const org = (id: string): string => `o:${id}`;
export const group = (key: string): string => `g:${key}`;

/** Organisations' values that make one figure. */
export interface ValueGroup {
  readonly key: string;
  readonly members: readonly OrganisationValue[];
  readonly value: number | null;
}

/** The group's aggregate as the indicator aggregates (weights: the denominator's values). */
export function groupAggregate(
  aggregation: IndicatorAggregation,
  values: readonly OrganisationValue[],
  weights: ReadonlyMap<string, number>,
): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return values.reduce((sum, value) => sum + value.value, 0);
    case 'mean':
      return values.reduce((sum, value) => sum + value.value, 0) / values.length;
    case 'weighted-mean': {
      const weighted = values.filter((value) => weights.has(value.organisationId));
      const total = weighted.reduce((sum, value) => sum + (weights.get(value.organisationId) ?? 0), 0);
      if (total === 0) return null;
      return (
        weighted.reduce((sum, value) => sum + value.value * (weights.get(value.organisationId) ?? 0), 0) /
        total
      );
    }
    case 'latest':
      return [...values].sort((a, b) => (b.decidedAt ?? 0) - (a.decidedAt ?? 0))[0]?.value ?? null;
  }
}

/** How the groups and the total are bound to the organisations' values. */
export function groupRelations(
  aggregation: IndicatorAggregation,
  figures: PeriodFigures,
  values: readonly OrganisationValue[],
  groups: readonly ValueGroup[],
): Relation[] {
  const withValues = groups.filter((figure) => figure.value !== null && figure.members.length > 0);
  switch (aggregation) {
    case 'sum':
    case 'mean': {
      const mean = aggregation === 'mean';
      return [
        ...(figures.aggregate !== null && values.length ? [sumOf(TOTAL, values, mean)] : []),
        ...withValues.map((figure) => sumOf(group(figure.key), figure.members, mean)),
      ];
    }
    case 'latest':
      // The newest value gives away every value equal to it, for the total as for a group.
      return [
        ...equalTo(TOTAL, figures.aggregate, values),
        ...withValues.flatMap((figure) => equalTo(group(figure.key), figure.value, figure.members)),
      ];
    case 'weighted-mean':
      // Bound to the weights' table: held back with it, as progress does.
      return [];
  }
}

/** whole × (count, for a mean) = Σ parts. */
function sumOf(whole: string, parts: readonly OrganisationValue[], mean: boolean): Relation {
  return {
    terms: [
      { cell: whole, coefficient: mean ? parts.length : 1 },
      ...parts.map((value) => ({ cell: org(value.organisationId), coefficient: -1 })),
    ],
  };
}

function equalTo(whole: string, wholeValue: number | null, parts: readonly OrganisationValue[]): Relation[] {
  return parts
    .filter((value) => value.value === wholeValue)
    .map((value) => ({
      terms: [
        { cell: whole, coefficient: 1 },
        { cell: org(value.organisationId), coefficient: -1 },
      ],
    }));
}
