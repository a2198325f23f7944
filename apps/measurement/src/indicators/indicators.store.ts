import type { EntityManager } from 'typeorm';
import type { DefineIndicator, IndicatorDto, Page } from '@samvirke/contracts';

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
  sensitive: boolean;
  min_value: string | null;
  max_value: string | null;
  created_at: Date;
}

/** Which indicators a page of the library holds: of one unit, and/or matching a LIKE pattern. */
export interface IndicatorFilter {
  readonly unit?: IndicatorDto['unit'];
  /** Matched case-insensitively against the code and both names. */
  readonly pattern?: string;
  readonly limit: number;
  readonly offset: number;
}

const SELECT = `
  SELECT i.*, d.code AS denominator_code FROM indicator i LEFT JOIN indicator d ON d.id = i.denominator_id`;

export async function indicatorIdByCode(manager: EntityManager, code: string): Promise<string | undefined> {
  const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM indicator WHERE code = $1`, [code]);
  return row?.id;
}

/** Adds an indicator; one with the same code already is a unique violation. */
export async function insertIndicator(
  manager: EntityManager,
  id: string,
  command: DefineIndicator,
  denominatorId: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO indicator (id, code, name_da, name_en, description_da, description_en, unit, value_type, scale,
                            aggregation, denominator_id, polarity, disaggregations, sensitive, min_value, max_value)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
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
    ],
  );
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
    sensitive: row.sensitive,
    min: row.min_value === null ? null : Number(row.min_value),
    max: row.max_value === null ? null : Number(row.max_value),
    createdAt: row.created_at.toISOString(),
  };
}
