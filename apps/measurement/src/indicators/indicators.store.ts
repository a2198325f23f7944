import type { EntityManager } from 'typeorm';
import type { IndicatorDto, Page, VersionIndicator } from '@samvirke/contracts';

interface IndicatorRow {
  id: string;
  code: string;
  name_da: string;
  name_en: string;
  description_da: string;
  description_en: string;
  unit: IndicatorDto['unit'];
  value_type: IndicatorDto['valueType'];
  scale: number;
  aggregation: IndicatorDto['aggregation'];
  denominator_code: string | null;
  polarity: IndicatorDto['polarity'];
  disaggregations: IndicatorDto['disaggregations'];
  category_combinations: IndicatorDto['categoryCombinations'];
  sensitive: boolean;
  min_value: string | null;
  max_value: string | null;
  created_at: Date;
  lineage: string;
  version: number;
  superseded_by_code: string | null;
  retired_at: Date | null;
}

/** Which indicators a page of the library holds: of one unit, and/or matching a LIKE pattern. */
export interface IndicatorFilter {
  readonly unit?: IndicatorDto['unit'];
  readonly status?: IndicatorDto['status'];
  /** Matched case-insensitively against the code and both names. */
  readonly pattern?: string;
  readonly limit: number;
  readonly offset: number;
}

const SELECT = `
  SELECT i.*, d.code AS denominator_code, s.code AS superseded_by_code FROM indicator i
    LEFT JOIN indicator d ON d.id = i.denominator_id LEFT JOIN indicator s ON s.id = i.superseded_by`;

/** The SQL condition of each status (retirement wins over a newer version). */
const STATUS_CONDITIONS: Record<IndicatorDto['status'], string> = {
  current: 'i.retired_at IS NULL AND i.superseded_by IS NULL',
  superseded: 'i.retired_at IS NULL AND i.superseded_by IS NOT NULL',
  retired: 'i.retired_at IS NOT NULL',
};

/** Where a version sits in its lineage: its code and number. The first version's code is the lineage. */
export interface IndicatorVersion {
  readonly code: string;
  readonly lineage: string;
  readonly version: number;
}

export async function indicatorIdByCode(manager: EntityManager, code: string): Promise<string | undefined> {
  const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM indicator WHERE code = $1`, [code]);
  return row?.id;
}

/** Adds an indicator; one with the same code already is a unique violation. */
export async function insertIndicator(
  manager: EntityManager,
  id: string,
  command: VersionIndicator & IndicatorVersion,
  denominatorId: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO indicator (id, code, name_da, name_en, description_da, description_en, unit, value_type, scale,
                            aggregation, denominator_id, polarity, disaggregations, sensitive, min_value, max_value,
                            lineage, version, category_combinations)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      id,
      command.code,
      command.nameDa,
      command.nameEn,
      command.descriptionDa,
      command.descriptionEn,
      command.unit,
      command.valueType,
      command.scale,
      command.aggregation,
      denominatorId,
      command.polarity,
      JSON.stringify(command.disaggregations),
      command.sensitive,
      command.min,
      command.max,
      command.lineage,
      command.version,
      JSON.stringify(command.categoryCombinations),
    ],
  );
}

/** The indicator, locked until commit so two versions or a version and a retirement cannot race. */
export async function lockIndicator(manager: EntityManager, id: string): Promise<IndicatorDto | undefined> {
  await manager.query(`SELECT id FROM indicator WHERE id = $1 FOR UPDATE`, [id]);
  return findIndicator(manager, id);
}

export async function markSuperseded(manager: EntityManager, id: string, by: string): Promise<void> {
  await manager.query(`UPDATE indicator SET superseded_by = $2 WHERE id = $1`, [id, by]);
}

export async function markRetired(manager: EntityManager, id: string): Promise<void> {
  await manager.query(`UPDATE indicator SET retired_at = now() WHERE id = $1`, [id]);
}

export async function findIndicator(manager: EntityManager, id: string): Promise<IndicatorDto | undefined> {
  const [row] = await manager.query<IndicatorRow[]>(`${SELECT} WHERE i.id = $1`, [id]);
  return row && toDto(row);
}

/** A page of the library in code order, with how many indicators match in all. */
export async function listIndicators(
  manager: EntityManager,
  filter: IndicatorFilter,
): Promise<Page<IndicatorDto>> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.unit) {
    params.push(filter.unit);
    conditions.push(`i.unit = $${params.length}`);
  }
  if (filter.status) conditions.push(`(${STATUS_CONDITIONS[filter.status]})`);
  if (filter.pattern) {
    params.push(filter.pattern);
    conditions.push(
      `(i.code ILIKE $${params.length} OR i.name_da ILIKE $${params.length} OR i.name_en ILIKE $${params.length})`,
    );
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const [count] = await manager.query<{ total: string }[]>(
    `SELECT count(*)::text AS total FROM indicator i ${where}`,
    params,
  );
  const rows = await manager.query<IndicatorRow[]>(
    `${SELECT} ${where} ORDER BY i.code LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return {
    items: rows.map(toDto),
    total: Number(count?.total ?? 0),
    limit: filter.limit,
    offset: filter.offset,
  };
}

function toDto(row: IndicatorRow): IndicatorDto {
  return {
    id: row.id,
    code: row.code,
    nameDa: row.name_da,
    nameEn: row.name_en,
    descriptionDa: row.description_da,
    descriptionEn: row.description_en,
    unit: row.unit,
    valueType: row.value_type,
    scale: row.scale,
    aggregation: row.aggregation,
    denominatorCode: row.denominator_code,
    polarity: row.polarity,
    disaggregations: row.disaggregations,
    categoryCombinations: row.category_combinations,
    sensitive: row.sensitive,
    min: row.min_value === null ? null : Number(row.min_value),
    max: row.max_value === null ? null : Number(row.max_value),
    createdAt: row.created_at.toISOString(),
    lineage: row.lineage,
    version: row.version,
    status: row.retired_at ? 'retired' : row.superseded_by_code ? 'superseded' : 'current',
    supersededBy: row.superseded_by_code,
    retiredAt: row.retired_at?.toISOString() ?? null,
  };
}
