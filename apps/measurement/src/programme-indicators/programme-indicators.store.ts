import type { EntityManager } from 'typeorm';
import type { ConfigureProgrammeIndicator, IndicatorUnit, ProgrammeIndicatorDto } from '@samvirke/contracts';

interface ProgrammeIndicatorRow {
  programme_id: string;
  indicator_id: string;
  code: string;
  name_da: string;
  name_en: string;
  frequency: ProgrammeIndicatorDto['frequency'];
  baseline: ProgrammeIndicatorDto['baseline'];
  targets: ProgrammeIndicatorDto['targets'];
  required: boolean;
  goal_ids: string[];
  rba_kind: ProgrammeIndicatorDto['rbaKind'];
  performance_question: ProgrammeIndicatorDto['performanceQuestion'];
  good_direction: ProgrammeIndicatorDto['goodDirection'];
}

/** A library indicator as configuring it needs it: its id and the range its values lie in. */
export interface LibraryIndicator {
  readonly id: string;
  readonly unit: IndicatorUnit;
  readonly min: number | null;
  readonly max: number | null;
  /** Retired and superseded versions stay with the programmes tracking them but are not added anew. */
  readonly addable: boolean;
}

const SELECT = `SELECT pi.*, i.code, i.name_da, i.name_en FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id`;

export async function libraryIndicator(
  manager: EntityManager,
  code: string,
): Promise<LibraryIndicator | undefined> {
  const [row] = await manager.query<
    {
      id: string;
      unit: IndicatorUnit;
      min_value: string | null;
      max_value: string | null;
      addable: boolean;
    }[]
  >(
    `SELECT id, unit, min_value, max_value, retired_at IS NULL AND superseded_by IS NULL AS addable
       FROM indicator WHERE code = $1`,
    [code],
  );
  return (
    row && {
      id: row.id,
      unit: row.unit,
      min: row.min_value === null ? null : Number(row.min_value),
      max: row.max_value === null ? null : Number(row.max_value),
      addable: row.addable,
    }
  );
}

/** The targets configured so far (undefined when the programme does not track it yet), locked until commit. */
export async function lockedTargets(
  manager: EntityManager,
  programmeId: string,
  indicatorId: string,
): Promise<ProgrammeIndicatorDto['targets'] | undefined> {
  const [previous] = await manager.query<Pick<ProgrammeIndicatorRow, 'targets'>[]>(
    `SELECT targets FROM programme_indicator WHERE programme_id = $1 AND indicator_id = $2 FOR UPDATE`,
    [programmeId, indicatorId],
  );
  return previous?.targets;
}

export async function upsertProgrammeIndicator(
  manager: EntityManager,
  programmeId: string,
  indicatorId: string,
  command: ConfigureProgrammeIndicator,
): Promise<ProgrammeIndicatorDto> {
  await manager.query(
    `INSERT INTO programme_indicator (programme_id, indicator_id, frequency, baseline, targets, required, goal_ids,
       rba_kind, performance_question, good_direction)
     VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7::uuid[], '{}'), $9, $11, $13)
     ON CONFLICT (programme_id, indicator_id) DO UPDATE SET frequency = EXCLUDED.frequency,
       baseline = EXCLUDED.baseline, targets = EXCLUDED.targets, required = EXCLUDED.required,
       goal_ids = COALESCE($7::uuid[], programme_indicator.goal_ids),
       rba_kind = CASE WHEN $8 THEN EXCLUDED.rba_kind ELSE programme_indicator.rba_kind END,
       performance_question = CASE WHEN $10 THEN EXCLUDED.performance_question
                                   ELSE programme_indicator.performance_question END,
       good_direction = CASE WHEN $12 THEN EXCLUDED.good_direction ELSE programme_indicator.good_direction END,
       updated_at = now()`,
    upsertParameters(programmeId, indicatorId, command),
  );
  const [row] = await manager.query<ProgrammeIndicatorRow[]>(
    `${SELECT} WHERE pi.programme_id = $1 AND pi.indicator_id = $2`,
    [programmeId, indicatorId],
  );
  return toDto(row);
}

function upsertParameters(
  programmeId: string,
  indicatorId: string,
  command: ConfigureProgrammeIndicator,
): unknown[] {
  return [
    programmeId,
    indicatorId,
    command.frequency,
    command.baseline ? JSON.stringify(command.baseline) : null,
    JSON.stringify(command.targets),
    command.required,
    command.goalIds ?? null,
    // Left out, each classification stays as it was; null clears it.
    command.rbaKind !== undefined,
    command.rbaKind ?? null,
    command.performanceQuestion !== undefined,
    command.performanceQuestion ?? null,
    command.goodDirection !== undefined,
    command.goodDirection ?? null,
  ];
}

export async function listProgrammeIndicators(
  manager: EntityManager,
  programmeId: string,
): Promise<ProgrammeIndicatorDto[]> {
  const rows = await manager.query<ProgrammeIndicatorRow[]>(
    `${SELECT} WHERE pi.programme_id = $1 ORDER BY i.code`,
    [programmeId],
  );
  return rows.map(toDto);
}

function toDto(row: ProgrammeIndicatorRow): ProgrammeIndicatorDto {
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
    goalIds: row.goal_ids,
    rbaKind: row.rba_kind,
    performanceQuestion: row.performance_question,
    goodDirection: row.good_direction,
  };
}

/** The goals of the programme's common agenda, as measurement knows them from partners' events. */
export async function programmeGoalIds(manager: EntityManager, programmeId: string): Promise<string[]> {
  const [row] = await manager.query<{ goal_ids: string[] }[]>(
    `SELECT goal_ids FROM known_programme WHERE id = $1`,
    [programmeId],
  );
  return row?.goal_ids ?? [];
}
