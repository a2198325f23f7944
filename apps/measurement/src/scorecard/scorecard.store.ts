import type { EntityManager } from 'typeorm';
import type { ProgrammeIndicatorDto, ProgressDto, ScorecardIndicatorDto } from '@samvirke/contracts';

/** A tracked indicator as the scorecard starts from it, before its curve is read. */
export interface ScorecardRow {
  code: string;
  name_da: string;
  name_en: string;
  unit: ScorecardIndicatorDto['unit'];
  polarity: ProgressDto['indicators'][number]['polarity'];
  frequency: ScorecardIndicatorDto['frequency'];
  baseline: ScorecardIndicatorDto['baseline'];
  targets: ProgrammeIndicatorDto['targets'];
  goal_ids: string[];
  rba_kind: ScorecardIndicatorDto['rbaKind'];
  performance_question: ScorecardIndicatorDto['performanceQuestion'];
  good_direction: ProgrammeIndicatorDto['goodDirection'];
}

export function scorecardRows(manager: EntityManager, programmeId: string): Promise<ScorecardRow[]> {
  return manager.query<ScorecardRow[]>(
    `SELECT i.code, i.name_da, i.name_en, i.unit, i.polarity, pi.frequency, pi.baseline, pi.targets,
            pi.goal_ids, pi.rba_kind, pi.performance_question, pi.good_direction
       FROM programme_indicator pi JOIN indicator i ON i.id = pi.indicator_id
      WHERE pi.programme_id = $1
      ORDER BY pi.rba_kind NULLS LAST, pi.performance_question NULLS LAST, i.code`,
    [programmeId],
  );
}

/** The programme's reporting periods, oldest first. */
export async function periodsOf(manager: EntityManager, programmeId: string): Promise<string[]> {
  const rows = await manager.query<{ period: string }[]>(
    `SELECT period FROM reporting_period WHERE programme_id = $1 ORDER BY frequency, period`,
    [programmeId],
  );
  return rows.map((row) => row.period);
}

export interface LibraryRow {
  id: string;
  code: string;
  name_da: string;
  name_en: string;
  unit: ScorecardIndicatorDto['unit'];
  polarity: ProgressDto['indicators'][number]['polarity'];
}

export async function libraryRow(manager: EntityManager, code: string): Promise<LibraryRow | undefined> {
  const [row] = await manager.query<LibraryRow[]>(
    `SELECT id, code, name_da, name_en, unit, polarity FROM indicator WHERE code = $1`,
    [code],
  );
  return row;
}

export interface ComparedProgramme {
  id: string;
  name: string;
  frequency: ScorecardIndicatorDto['frequency'];
  baseline: ScorecardIndicatorDto['baseline'];
  targets: ProgrammeIndicatorDto['targets'];
}

/** The programmes tracking the indicator: every one for a platform admin, else those the organisations fund. */
export function comparedProgrammes(
  manager: EntityManager,
  indicatorId: string,
  funders: readonly string[] | 'all',
): Promise<ComparedProgramme[]> {
  return manager.query<ComparedProgramme[]>(
    `SELECT kp.id, kp.name, pi.frequency, pi.baseline, pi.targets
       FROM programme_indicator pi JOIN known_programme kp ON kp.id = pi.programme_id
      WHERE pi.indicator_id = $1
        AND ($2 OR EXISTS (SELECT 1 FROM programme_member m
                            WHERE m.programme_id = kp.id AND m.left_on IS NULL
                              AND 'funder' = ANY(m.roles) AND m.organisation_id = ANY($3::uuid[])))
      ORDER BY kp.name, kp.id`,
    [indicatorId, funders === 'all', funders === 'all' ? [] : funders],
  );
}
