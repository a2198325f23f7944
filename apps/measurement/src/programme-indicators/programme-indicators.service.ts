import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  programmeIndicatorConfiguredV1,
  targetSetV1,
  valueRange,
  type ConfigureProgrammeIndicator,
  type IndicatorUnit,
  type ProgrammeIndicatorDto,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { EventOutbox } from '@samvirke/messaging';
import { ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';

interface Row {
  programme_id: string;
  indicator_id: string;
  code: string;
  name_da: string;
  name_en: string;
  frequency: ProgrammeIndicatorDto['frequency'];
  baseline: ProgrammeIndicatorDto['baseline'];
  targets: ProgrammeIndicatorDto['targets'];
  required: boolean;
}

const SELECT = `SELECT pi.*, i.code, i.name_da, i.name_en FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id`;

/** Which indicators a programme tracks, how often, from which baseline towards which targets. */
@Injectable()
export class ProgrammeIndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
    private readonly access: MeasurementProgrammeAccess,
  ) {}

  async configure(
    principal: Principal,
    programmeId: string,
    code: string,
    command: ConfigureProgrammeIndicator,
  ): Promise<ProgrammeIndicatorDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.manage(principal, programmeId, manager);
      const [indicator] = await manager.query<
        { id: string; unit: IndicatorUnit; min_value: string | null; max_value: string | null }[]
      >(`SELECT id, unit, min_value, max_value FROM indicator WHERE code = $1`, [code]);
      if (!indicator)
        throw new ValidationFailed([{ pointer: '/code', detail: `no indicator has code ${code}` }]);
      // Baselines and targets lie where values may: the indicator's range, else its unit's.
      const range = valueRange(
        indicator.unit,
        indicator.min_value === null ? null : Number(indicator.min_value),
        indicator.max_value === null ? null : Number(indicator.max_value),
      );
      const inRange = (value: number): boolean => value >= range.min && value <= range.max;
      const errors = [
        ...(command.baseline && !inRange(command.baseline.value)
          ? [{ pointer: '/baseline/value', detail: "outside the indicator's valid range" }]
          : []),
        ...command.targets.flatMap((target, index) =>
          inRange(target.value)
            ? []
            : [{ pointer: `/targets/${index}/value`, detail: "outside the indicator's valid range" }],
        ),
      ];
      if (errors.length) throw new ValidationFailed(errors);
      const [previous] = await manager.query<Pick<Row, 'targets'>[]>(
        `SELECT targets FROM programme_indicator WHERE programme_id = $1 AND indicator_id = $2 FOR UPDATE`,
        [programmeId, indicator.id],
      );
      await manager.query(
        `INSERT INTO programme_indicator (programme_id, indicator_id, frequency, baseline, targets, required)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (programme_id, indicator_id) DO UPDATE SET frequency = EXCLUDED.frequency,
           baseline = EXCLUDED.baseline, targets = EXCLUDED.targets, required = EXCLUDED.required, updated_at = now()`,
        [
          programmeId,
          indicator.id,
          command.frequency,
          command.baseline ? JSON.stringify(command.baseline) : null,
          JSON.stringify(command.targets),
          command.required,
        ],
      );
      const [row] = await manager.query<Row[]>(
        `${SELECT} WHERE pi.programme_id = $1 AND pi.indicator_id = $2`,
        [programmeId, indicator.id],
      );
      const dto = toDto(row);
      const { nameDa: _da, nameEn: _en, ...event } = dto;
      await this.outbox.record(manager, programmeIndicatorConfiguredV1, event, {
        subject: programmeId,
        programmeId,
      });
      const changes = changedTargets(previous?.targets ?? [], dto.targets);
      await this.outbox.recordAll(
        manager,
        changes.map((change) => ({
          definition: targetSetV1,
          data: { programmeId, indicatorId: indicator.id, code: dto.code, ...change },
          options: { subject: programmeId, programmeId },
        })),
      );
      return dto;
    });
  }

  async list(principal: Principal, programmeId: string): Promise<ProgrammeIndicatorDto[]> {
    await this.access.view(principal, programmeId);
    const rows = await this.dataSource.query<Row[]>(`${SELECT} WHERE pi.programme_id = $1 ORDER BY i.code`, [
      programmeId,
    ]);
    return rows.map(toDto);
  }
}

function toDto(row: Row): ProgrammeIndicatorDto {
  return {
    programmeId: row.programme_id,
    indicatorId: row.indicator_id,
    code: row.code,
    nameDa: row.name_da,
    nameEn: row.name_en,
    frequency: row.frequency,
    baseline: row.baseline,
    targets: row.targets,
    required: row.required,
  };
}

/** The periods whose target differs between two configurations: set, changed or removed. */
export function changedTargets(
  before: ProgrammeIndicatorDto['targets'],
  after: ProgrammeIndicatorDto['targets'],
): { period: string; value: number | null; previousValue: number | null }[] {
  const old = new Map(before.map((target) => [target.period, target.value]));
  const now = new Map(after.map((target) => [target.period, target.value]));
  const periods = [...new Set([...old.keys(), ...now.keys()])].sort();
  return periods
    .map((period) => ({ period, value: now.get(period) ?? null, previousValue: old.get(period) ?? null }))
    .filter((change) => change.value !== change.previousValue);
}
