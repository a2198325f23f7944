import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IndicatorComparisonDto, ProgressDto, ScorecardDto } from '@samvirke/contracts';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { MeasurementProgrammeAccess } from '../programmes/programme-access.js';
import { programmeGoalIds } from '../programme-indicators/programme-indicators.store.js';
import { ProgressService } from '../progress/progress.service.js';
import { curveOf, goodDirectionOf, turningTheCurve } from './scorecard.rules.js';
import { comparedProgrammes, libraryRow, periodsOf, scorecardRows } from './scorecard.store.js';

/**
 * Results-Based Accountability scorecards and comparisons. Every value on a curve is the period's
 * progress as the caller may see it (ProgressService), so the scorecard hides what progress hides.
 */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeasurementProgrammeAccess,
    private readonly progress: ProgressService,
  ) {}

  async scorecard(principal: Principal, programmeId: string, goalId?: string): Promise<ScorecardDto> {
    await this.access.view(principal, programmeId);
    const manager = this.dataSource.manager;
    if (goalId && !(await programmeGoalIds(manager, programmeId)).includes(goalId))
      throw new ValidationFailed([{ pointer: '/goalId', detail: 'not a goal of this programme' }]);
    const rows = (await scorecardRows(manager, programmeId)).filter(
      (row) => !goalId || row.goal_ids.includes(goalId),
    );
    const progress = await this.periods(principal, programmeId);
    return {
      programmeId,
      goalId: goalId ?? null,
      indicators: rows.map((row) => {
        const goodDirection = goodDirectionOf(row.good_direction, row.polarity);
        const curve = curveOf(row.code, row.targets, progress);
        return {
          code: row.code,
          nameDa: row.name_da,
          nameEn: row.name_en,
          unit: row.unit,
          frequency: row.frequency,
          rbaKind: row.rba_kind,
          performanceQuestion: row.performance_question,
          goodDirection,
          goalIds: row.goal_ids,
          baseline: row.baseline,
          curve,
          turningTheCurve: turningTheCurve(row.baseline, curve, goodDirection),
        };
      }),
    };
  }

  /** The code side by side across the programmes the caller's foundation funds (admins: all). */
  async compare(principal: Principal, code: string): Promise<IndicatorComparisonDto> {
    const admin = hasRole(principal, 'platform-admin');
    if (!admin && !hasRole(principal, 'foundation-officer'))
      throw new DomainError('forbidden', 'Only foundation officers and platform admins compare programmes.');
    const manager = this.dataSource.manager;
    const indicator = await libraryRow(manager, code);
    if (!indicator) throw new DomainError('not-found', `No indicator has code ${code}.`);
    const goodDirection = goodDirectionOf(null, indicator.polarity);
    const programmes = await comparedProgrammes(
      manager,
      indicator.id,
      admin ? 'all' : principal.organisations,
    );
    return {
      code: indicator.code,
      nameDa: indicator.name_da,
      nameEn: indicator.name_en,
      unit: indicator.unit,
      goodDirection,
      programmes: await Promise.all(
        programmes.map(async (programme) => {
          const curve = curveOf(code, programme.targets, await this.periods(principal, programme.id));
          return {
            programmeId: programme.id,
            name: programme.name,
            frequency: programme.frequency,
            baseline: programme.baseline,
            curve,
            turningTheCurve: turningTheCurve(programme.baseline, curve, goodDirection),
          };
        }),
      ),
    };
  }

  /** Each reporting period's progress as the caller sees it, oldest first. */
  private async periods(principal: Principal, programmeId: string): Promise<ProgressDto[]> {
    const progress: ProgressDto[] = [];
    for (const period of await periodsOf(this.dataSource.manager, programmeId))
      progress.push(await this.progress.read(principal, programmeId, period));
    return progress;
  }
}
