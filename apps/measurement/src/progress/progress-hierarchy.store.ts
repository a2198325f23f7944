import type { OrganisationValue } from './table-view.js';

/**
 * The organisation hierarchy as every read of approved values counts it (README "Read up the
 * hierarchy"). A municipality (or a forvaltning) that has its own approved value for an indicator
 * and period has given its total, its units' values included: its units' values for the same
 * indicator and period are then left out of every figure (the programme's total, a region, a
 * group, its row), so nothing is counted twice. Without one, its units' values count, and fold
 * into its row. The tree is at most two levels deep below the municipality, so a value has at
 * most two organisations above it (`hp`, `hg`).
 *
 * `pv` is the alias of the progress_value row; the fragments join the directory as `ho` (the
 * value's organisation), `hp` (its parent) and `hg` (the parent's parent).
 */
export function hierarchyJoins(pv: string): string {
  return `LEFT JOIN known_organisation ho ON ho.id = ${pv}.organisation_id
          LEFT JOIN known_organisation hp ON hp.id = ho.parent_id
          LEFT JOIN known_organisation hg ON hg.id = hp.parent_id`;
}

/** The value counts: no organisation above it has its own value for the same indicator and period. */
export function countedValue(pv: string): string {
  return `(hp.id IS NULL OR NOT EXISTS (
            SELECT 1 FROM progress_value above
             WHERE above.programme_id = ${pv}.programme_id AND above.indicator_id = ${pv}.indicator_id
               AND above.period = ${pv}.period AND above.organisation_id IN (hp.id, hg.id)))`;
}

/** The columns of the value's organisation, its parent and the organisation at the top of its tree. */
export function hierarchyColumns(pv: string): string {
  return `coalesce(ho.name, ${pv}.organisation_id::text) AS name, ho.parent_id::text AS parent_id,
          coalesce(hg.id, hp.id)::text AS top_id, coalesce(hg.name, hp.name, hg.id::text, hp.id::text) AS top_name`;
}

/** Rows come ordered by the top organisation's name, then the value's own (a folded row's units together). */
export function hierarchyOrder(pv: string): string {
  return `coalesce(hg.name, hp.name, ho.name), coalesce(hg.id, hp.id, ${pv}.organisation_id), ho.name, ${pv}.organisation_id`;
}

export interface HierarchyRow {
  organisation_id: string;
  name: string;
  parent_id: string | null;
  top_id: string | null;
  top_name: string | null;
  raw: string;
  decided_at: number | null;
}

/** A value as the rules take it: with its place in the hierarchy when it is a sub-unit's. */
export function hierarchyValue(row: HierarchyRow): OrganisationValue {
  // One object of one shape per value (a read holds thousands).
  return {
    organisationId: row.organisation_id,
    name: row.name,
    value: Number(row.raw),
    decidedAt: row.decided_at ?? undefined,
    unitOf:
      row.top_id === null || row.parent_id === null
        ? undefined
        : { topId: row.top_id, topName: row.top_name ?? row.top_id, parentId: row.parent_id },
  };
}
