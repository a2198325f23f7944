import type {
  GoodDirection,
  PerformanceQuestion,
  ProgrammeIndicatorDto,
  RbaKind,
  ReportingFrequency,
} from '@samvirke/contracts';
import { typedNumber } from './indicator-draft.js';

/** How the programme tracks an indicator, as its form holds it (numbers as typed). */
export interface ProgrammeIndicatorDraft {
  code: string;
  frequency: ReportingFrequency;
  baselinePeriod: string;
  baselineValue: string;
  targets: { period: string; value: string }[];
  required: boolean;
  /** The programme's goals the indicator serves. */
  goalIds: string[];
  /** Results-Based Accountability: '' while unclassified. */
  rbaKind: RbaKind | '';
  performanceQuestion: PerformanceQuestion | '';
  /** '' follows the indicator's polarity. */
  goodDirection: GoodDirection | '';
}

export const EMPTY_PROGRAMME_INDICATOR: ProgrammeIndicatorDraft = {
  code: '',
  frequency: 'quarterly',
  baselinePeriod: '',
  baselineValue: '',
  targets: [{ period: '', value: '' }],
  required: true,
  goalIds: [],
  rbaKind: '',
  performanceQuestion: '',
  goodDirection: '',
};

export function draftOfTracked(tracked: ProgrammeIndicatorDto): ProgrammeIndicatorDraft {
  return {
    code: tracked.code,
    frequency: tracked.frequency,
    baselinePeriod: tracked.baseline?.period ?? '',
    baselineValue: tracked.baseline ? String(tracked.baseline.value) : '',
    targets: tracked.targets.map((target) => ({ period: target.period, value: String(target.value) })),
    required: tracked.required,
    goalIds: [...tracked.goalIds],
    rbaKind: tracked.rbaKind ?? '',
    performanceQuestion: tracked.performanceQuestion ?? '',
    goodDirection: tracked.goodDirection ?? '',
  };
}

/** The configureProgrammeIndicator body: no baseline when both its fields are empty, no empty target rows. */
export function programmeIndicatorBody(draft: ProgrammeIndicatorDraft): Record<string, unknown> {
  const baselineGiven = draft.baselinePeriod.trim() !== '' || draft.baselineValue.trim() !== '';
  return {
    frequency: draft.frequency,
    baseline: baselineGiven
      ? { period: draft.baselinePeriod.trim(), value: typedNumber(draft.baselineValue) }
      : null,
    targets: draft.targets
      .filter((target) => target.period.trim() !== '' || target.value.trim() !== '')
      .map((target) => ({ period: target.period.trim(), value: typedNumber(target.value) })),
    required: draft.required,
    // A draft kept in the browser before goals existed has none.
    goalIds: draft.goalIds ?? [],
    ...rbaBody(draft),
  };
}

/** The classification; a question only for a performance measure (drafts kept from before have none). */
function rbaBody(draft: ProgrammeIndicatorDraft): Record<string, unknown> {
  const rbaKind = draft.rbaKind || null;
  return {
    rbaKind,
    performanceQuestion: rbaKind === 'performance' ? draft.performanceQuestion || null : null,
    goodDirection: draft.goodDirection || null,
  };
}
