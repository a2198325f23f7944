import type { ReportingPeriodDto, SubmissionListItem } from '@samvirke/contracts';

/**
 * Completeness and timeliness as a grid: one row per data provider, one column per period, each
 * cell what became of the organisation's report. Pure, from the periods, the members and the
 * submissions list.
 */
export type ReportState = 'on-time' | 'late' | 'returned' | 'missing' | 'not-due';

export const REPORT_STATES: readonly ReportState[] = ['on-time', 'late', 'returned', 'missing', 'not-due'];

/**
 * On time: submitted (approved or awaiting approval) by the due date; late: after it; returned: sent
 * back and not submitted again; missing: nothing submitted and the due date has passed; not due: a
 * draft or nothing yet, before the due date. `today` is a yyyy-mm-dd date.
 */
export function reportState(
  period: Pick<ReportingPeriodDto, 'dueDate'>,
  latest: Pick<SubmissionListItem, 'status' | 'submittedAt'> | undefined,
  today: string,
): ReportState {
  if (latest?.status === 'returned') return 'returned';
  if ((latest?.status === 'submitted' || latest?.status === 'approved') && latest.submittedAt)
    return latest.submittedAt.slice(0, 10) <= period.dueDate ? 'on-time' : 'late';
  return today > period.dueDate ? 'missing' : 'not-due';
}

export interface HeatmapRow {
  readonly organisationId: string;
  readonly name: string;
  readonly cells: readonly ReportState[];
}

export interface Heatmap {
  /** Oldest first. */
  readonly periods: readonly ReportingPeriodDto[];
  readonly rows: readonly HeatmapRow[];
  /** How many cells of each state, for the summary line. */
  readonly counts: Readonly<Record<ReportState, number>>;
}

export function heatmap(
  periods: readonly ReportingPeriodDto[],
  providers: readonly { organisationId: string; organisationName: string }[],
  submissions: readonly SubmissionListItem[],
  today: string,
): Heatmap {
  const ordered = [...periods].sort((a, b) => a.period.localeCompare(b.period));
  const latest = new Map(submissions.map((item) => [`${item.periodId}:${item.organisationId}`, item]));
  const counts: Record<ReportState, number> = {
    'on-time': 0,
    late: 0,
    returned: 0,
    missing: 0,
    'not-due': 0,
  };
  const rows = [...providers]
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'da'))
    .map((provider) => ({
      organisationId: provider.organisationId,
      name: provider.organisationName,
      cells: ordered.map((period) => {
        const state = reportState(period, latest.get(`${period.id}:${provider.organisationId}`), today);
        counts[state] += 1;
        return state;
      }),
    }));
  return { periods: ordered, rows, counts };
}
