import type { EntityManager } from 'typeorm';
import type { IndicatorDto } from '@samvirke/contracts';
import type { CategoryValue } from './disaggregation.rules.js';
import { countedValue, hierarchyJoins } from './progress-hierarchy.store.js';

/** SQL of the disaggregated read: the approved versions' category values, and the indicators' dimensions. */

/** Each approved organisation's category values in the period, from the same versions (and hierarchy) progress counts. */
export async function approvedCategoryValues(
  manager: EntityManager,
  programmeId: string,
  period: string,
): Promise<CategoryValue[]> {
  const rows = await manager.query<
    { organisation_id: string; code: string; disaggregation: string; value: string }[]
  >(
    `SELECT pv.organisation_id, i.code, sv.disaggregation, sv.value::text AS value
       FROM progress_value pv
       JOIN submission_value sv ON sv.submission_id = pv.submission_id AND sv.indicator_id = pv.indicator_id
       JOIN indicator i ON i.id = pv.indicator_id
       ${hierarchyJoins('pv')}
      WHERE pv.programme_id = $1 AND pv.period = $2 AND sv.disaggregation <> '' AND i.aggregation = 'sum'
        AND ${countedValue('pv')}`,
    [programmeId, period],
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    indicatorCode: row.code,
    disaggregation: row.disaggregation,
    value: Number(row.value),
  }));
}

/** The dimensions and category combinations of the summed indicators among `codes`, by code. */
export async function summedDimensions(
  manager: EntityManager,
  codes: readonly string[],
): Promise<Map<string, Pick<IndicatorDto, 'disaggregations' | 'categoryCombinations'>>> {
  const rows = await manager.query<
    {
      code: string;
      disaggregations: IndicatorDto['disaggregations'];
      category_combinations: IndicatorDto['categoryCombinations'];
    }[]
  >(
    `SELECT code, disaggregations, category_combinations FROM indicator
      WHERE code = ANY($1::text[]) AND aggregation = 'sum'`,
    [codes],
  );
  return new Map(
    rows.map((row) => [
      row.code,
      { disaggregations: row.disaggregations, categoryCombinations: row.category_combinations },
    ]),
  );
}

/** The category combinations of the indicators among `codes` that have any, by code. */
export async function categoryCombinations(
  manager: EntityManager,
  codes: readonly string[],
): Promise<Map<string, IndicatorDto['categoryCombinations']>> {
  const rows = await manager.query<
    { code: string; category_combinations: IndicatorDto['categoryCombinations'] }[]
  >(
    `SELECT code, category_combinations FROM indicator
      WHERE code = ANY($1::text[]) AND jsonb_array_length(category_combinations) > 0`,
    [codes],
  );
  return new Map(rows.map((row) => [row.code, row.category_combinations]));
}
