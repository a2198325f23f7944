import { isPeriodOf, type AwardDto, type ProgrammeIndicatorDto } from '@samvirke/contracts';

export type Unmeetable = 'not-in-programme' | 'other-frequency';

/**
 * The award's conditions that no approved report can ever meet: an indicator the programme does
 * not track, or a period the indicator is never reported for (a quarter of an annual indicator).
 * A met condition needs no warning.
 */
export interface UnmeetableCondition {
  readonly condition: AwardDto['conditions'][number];
  readonly problem: Unmeetable;
}

export function unmeetableConditions(
  conditions: AwardDto['conditions'],
  indicators: readonly Pick<ProgrammeIndicatorDto, 'code' | 'frequency'>[],
): UnmeetableCondition[] {
  return conditions.flatMap((condition): UnmeetableCondition[] => {
    if (condition.fulfilled) return [];
    const indicator = indicators.find((item) => item.code === condition.indicatorCode);
    if (!indicator) return [{ condition, problem: 'not-in-programme' }];
    if (!isPeriodOf(indicator.frequency, condition.period))
      return [{ condition, problem: 'other-frequency' }];
    return [];
  });
}
