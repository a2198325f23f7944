import type { Relation } from '../progress/small-numbers.js';
import type { IndicatorFigures } from '../progress/progress.rules.js';
import type { PeriodFigures } from '../progress/table-view.js';
import type { Group, GroupedValue } from './analytics-groups.rules.js';

/** The cells of a grouped table: the total, each organisation's value, each group's. */
export const TOTAL = 'total';
export const org = (id: string): string => `o:${id}`;
export const group = (key: string): string => `g:${key}`;

/** How the groups and the total are bound to the organisations' values. */
export function groupRelations(
  aggregation: IndicatorFigures['aggregation'],
  figures: PeriodFigures,
  values: readonly GroupedValue[],
  groups: readonly Group[],
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
      // Bound to the weights' table: held back with it (forcedCells), as progress does.
      return [];
  }
}

/** whole × (count, for a mean) = Σ parts. */
function sumOf(whole: string, parts: readonly GroupedValue[], mean: boolean): Relation {
  return {
    terms: [
      { cell: whole, coefficient: mean ? parts.length : 1 },
      ...parts.map((value) => ({ cell: org(value.organisationId), coefficient: -1 })),
    ],
  };
}

function equalTo(whole: string, wholeValue: number | null, parts: readonly GroupedValue[]): Relation[] {
  return parts
    .filter((value) => value.value === wholeValue)
    .map((value) => ({
      terms: [
        { cell: whole, coefficient: 1 },
        { cell: org(value.organisationId), coefficient: -1 },
      ],
    }));
}
