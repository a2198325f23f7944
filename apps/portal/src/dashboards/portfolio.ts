import type { FundingOverviewDto, ProgressDto, ReportingPeriodDto } from '@samvirke/contracts';

/**
 * A foundation's portfolio: per programme its money, how complete its latest reporting is, and which
 * indicators are off track; and the money across all of them. Pure, from the APIs' answers.
 */
type IndicatorProgress = ProgressDto['indicators'][number];

/** Off track: a target for the period that the reported figure falls short of (attainment under 100 %). */
export type TrackState = 'on-track' | 'off-track' | 'no-target' | 'no-figure';

export function trackState(indicator: IndicatorProgress): TrackState {
  if (indicator.target === null) return 'no-target';
  if (typeof indicator.aggregate !== 'number' || indicator.attainmentPercent === null) return 'no-figure';
  return indicator.attainmentPercent < 100 ? 'off-track' : 'on-track';
}

/**
 * The period that tells how reporting goes: the latest closed (or locked) one, or the latest open one
 * before any closed.
 */
export function healthPeriod(periods: readonly ReportingPeriodDto[]): ReportingPeriodDto | null {
  const latest = (statuses: readonly ReportingPeriodDto['status'][]) =>
    periods
      .filter((period) => statuses.includes(period.status))
      .sort((a, b) => a.period.localeCompare(b.period))
      .at(-1);
  return latest(['closed', 'locked']) ?? latest(['open']) ?? null;
}

export interface ProgrammeHealth {
  readonly programmeId: string;
  readonly name: string;
  /** Null where the caller may not see the programme's money. */
  readonly funding: FundingOverviewDto['total'] | null;
  readonly period: ReportingPeriodDto | null;
  readonly completeness: ProgressDto['completeness'] | null;
  readonly offTrack: readonly { code: string; nameDa: string; nameEn: string; attainmentPercent: number }[];
  readonly indicators: number;
}

export function programmeHealth(
  programme: { id: string; name: string },
  funding: FundingOverviewDto | null,
  period: ReportingPeriodDto | null,
  progress: ProgressDto | null,
): ProgrammeHealth {
  const offTrack = (progress?.indicators ?? [])
    .filter((indicator) => trackState(indicator) === 'off-track')
    .map(({ code, nameDa, nameEn, attainmentPercent }) => ({
      code,
      nameDa,
      nameEn,
      attainmentPercent: attainmentPercent ?? 0,
    }));
  return {
    programmeId: programme.id,
    name: programme.name,
    funding: funding?.total ?? null,
    period,
    completeness: progress?.completeness ?? null,
    offTrack,
    indicators: progress?.indicators.length ?? 0,
  };
}

export interface PortfolioTotals {
  readonly committedOre: number;
  readonly awardedOre: number;
  readonly paidOre: number;
  readonly offTrack: number;
  /** Programmes whose money the caller may see. */
  readonly funded: number;
}

export function portfolioTotals(programmes: readonly ProgrammeHealth[]): PortfolioTotals {
  let committedOre = 0;
  let awardedOre = 0;
  let paidOre = 0;
  let funded = 0;
  for (const { funding } of programmes) {
    if (!funding) continue;
    funded += 1;
    committedOre += funding.committedOre;
    awardedOre += funding.awardedOre;
    paidOre += funding.paidOre;
  }
  const offTrack = programmes.reduce((sum, programme) => sum + programme.offTrack.length, 0);
  return { committedOre, awardedOre, paidOre, offTrack, funded };
}
