import { groupAggregate, type ValueGroup } from './groups.rules.js';
import type { IndicatorAggregation, OrganisationValue } from './table-view.js';

/**
 * A sub-unit's values fold into the row of the municipality at the top of its tree (README "Read up
 * the hierarchy"). The values come counted already (progress-hierarchy.store.ts): an organisation's
 * own value is its total, so its units' values for the same indicator and period are left out. A
 * row is therefore either the organisation's own value, or — when it has none — its units' values
 * aggregated as the indicator aggregates (groupAggregate: the same rule as a region's figure).
 */
export interface FoldedRow extends ValueGroup {
  readonly name: string;
  /** The row is the organisation's own value (no units folded into it). */
  readonly own: boolean;
}

/** The top organisation's id and name of a value: the sub-unit's municipality, or itself. */
export function topOf(value: OrganisationValue): { id: string; name: string } {
  return value.unitOf
    ? { id: value.unitOf.topId, name: value.unitOf.topName }
    : { id: value.organisationId, name: value.name };
}

/** The table's rows, one per top organisation, in the order their first value comes. */
export function foldRows(
  aggregation: IndicatorAggregation,
  values: readonly OrganisationValue[],
  weights: ReadonlyMap<string, number>,
): FoldedRow[] {
  const byTop = new Map<string, { name: string; members: OrganisationValue[] }>();
  for (const value of values) {
    const top = topOf(value);
    const found = byTop.get(top.id) ?? { name: top.name, members: [] };
    found.members.push(value);
    byTop.set(top.id, found);
  }
  return [...byTop].map(([key, { name, members }]) => {
    const own = members.length === 1 && members[0]?.organisationId === key;
    return {
      key,
      name,
      members,
      own,
      value: own ? (members[0]?.value ?? null) : groupAggregate(aggregation, members, weights),
    };
  });
}
