import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  indicatorDefinedV1,
  type DefineIndicator,
  type IndicatorDto,
  type ListIndicatorsQuery,
  type Page,
} from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { DomainError, ValidationFailed } from '@samvirke/platform';

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

const SELECT = `
  SELECT i.*, d.code AS denominator_code FROM indicator i LEFT JOIN indicator d ON d.id = i.denominator_id`;

/** The shared indicator library: every programme measures with the same definitions. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  async define(command: DefineIndicator): Promise<IndicatorDto> {
    const id = randomUUID();
    try {
      return await this.dataSource.transaction(async (manager) => {
        let denominatorId: string | null = null;
        if (command.denominatorCode) {
          const [denominator] = await manager.query<{ id: string; unit: string }[]>(
            `SELECT id, unit FROM indicator WHERE code = $1`,
            [command.denominatorCode],
          );
          if (!denominator) {
            throw new ValidationFailed([
              { pointer: '/denominatorCode', detail: `no indicator has code ${command.denominatorCode}` },
            ]);
          }
          denominatorId = denominator.id;
        }
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
        const indicator = await this.load(manager.query.bind(manager), id);
        await this.outbox.record(
          manager,
          indicatorDefinedV1,
          {
            indicatorId: id,
            code: indicator.code,
            nameDa: indicator.nameDa,
            nameEn: indicator.nameEn,
            unit: indicator.unit,
            valueType: indicator.valueType,
            aggregation: indicator.aggregation,
            polarity: indicator.polarity,
            sensitive: indicator.sensitive,
          },
          { subject: id },
        );
        return indicator;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError('conflict', `An indicator with code ${command.code} exists.`, [
          { pointer: '/code', detail: 'already defined' },
        ]);
      }
      throw error;
    }
  }

  get(id: string): Promise<IndicatorDto> {
    return this.load(this.dataSource.query.bind(this.dataSource), id);
  }

  async list(query: ListIndicatorsQuery): Promise<Page<IndicatorDto>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.unit) {
      params.push(query.unit);
      conditions.push(`i.unit = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
      conditions.push(
        `(i.code ILIKE $${params.length} OR i.name_da ILIKE $${params.length} OR i.name_en ILIKE $${params.length})`,
      );
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [count] = await this.dataSource.query<{ total: string }[]>(
      `SELECT count(*)::text AS total FROM indicator i ${where}`,
      params,
    );
    const rows = await this.dataSource.query<IndicatorRow[]>(
      `${SELECT} ${where} ORDER BY i.code LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return {
      items: rows.map(toDto),
      total: Number(count?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }

  private async load(
    query: <T>(sql: string, params: unknown[]) => Promise<T>,
    id: string,
  ): Promise<IndicatorDto> {
    const [row] = await query<IndicatorRow[]>(`${SELECT} WHERE i.id = $1`, [id]);
    if (!row) throw new DomainError('not-found', `No indicator has id ${id}.`);
    return toDto(row);
  }
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
