/**
 * The reports from before the open quarter, imported by the platform admin into their closed
 * periods with the dates they were made: most a few days before the deadline, a few late, a few
 * returned once by the backbone and corrected, all approved.
 */
import type { ImportSubmission, Page, ProgressDto, SubmissionListItem } from '@samvirke/contracts';
import { waitFor } from '@samvirke/testing';
import type { DemoApi } from './demo-api.js';
import { seededDays, workingTime } from './demo-calendar.js';
import type { DemoMeasurement, ReportRef } from './demo-measurement-types.js';
import { historyPeriods, type MeasurementContext, type PlannedPeriod } from './demo-measurement.js';
import { organisationId } from './demo-organisations.js';
import { dataProviders } from './demo-partners.js';
import type { OrganisationRef } from './demo-programmes.js';
import { misreported, reportValues, type Values } from './demo-values.js';

/** Which organisation has a submission for which period: `periodId|organisationId`. */
export async function submittedReports(
  api: DemoApi,
  programmeId: string,
): Promise<Map<string, SubmissionListItem>> {
  const found = new Map<string, SubmissionListItem>();
  const path = `/measurement/programmes/${programmeId}/submissions?limit=200`;
  for (let offset = 0; ; offset += 200) {
    const page = await api.get<Page<SubmissionListItem>>('admin', `${path}&offset=${offset}`);
    page.items.forEach((item) => found.set(`${item.periodId}|${item.organisationId}`, item));
    if (offset + page.items.length >= page.total || page.items.length === 0) return found;
  }
}

/** The versions of a report with these dates: returned once and corrected, or approved at once. */
function versions(
  values: Values,
  returned: DemoMeasurement['returned'][ReportRef] | undefined,
  at: (days: number, what: string) => string,
  decisionDays: number,
): ImportSubmission['versions'] {
  const approved = (submittedAt: string, decidedAt: string) =>
    ({ values, submittedAt, decision: 'approved', decidedAt }) as const;
  if (!returned) return [approved(at(0, 'submitted'), at(decisionDays, 'decided'))];
  return [
    {
      values: misreported(values, returned.indicator, returned.factor),
      submittedAt: at(0, 'submitted'),
      decision: 'returned',
      decidedAt: at(2, 'returned'),
      comment: returned.comment,
    },
    approved(at(5, 'corrected'), at(7, 'decided')),
  ];
}

/** The report as it went: submitted before (or after) its due date, perhaps returned once, approved. */
export function historicReport(
  ctx: MeasurementContext,
  planned: PlannedPeriod,
  organisation: OrganisationRef,
): ImportSubmission | undefined {
  const values = reportValues(ctx.measurement, planned.frequency, organisation, planned.period);
  if (!values.length) return undefined;
  const report: ReportRef = `${organisation}@${planned.period}`;
  const name = `${ctx.programme.slug}|${report}`;
  const days = ctx.measurement.late.includes(report)
    ? seededDays(`${name}:late`, 3, 12)
    : -seededDays(`${name}:early`, 1, 14);
  const at = (after: number, what: string) => workingTime(planned.dueDate, days + after, `${name}:${what}`);
  const decisionDays = seededDays(`${name}:decided`, 1, 6);
  return { versions: versions(values, ctx.measurement.returned[report], at, decisionDays) };
}

/** Measurement learns the programme's data providers from partners' events: wait until it knows them. */
async function providersKnown(ctx: MeasurementContext, period: string, expected: number): Promise<void> {
  const path = `/measurement/programmes/${ctx.programmeId}/progress?period=${period}`;
  await waitFor(
    `measurement to know the ${expected} data providers of ${ctx.programme.slug}`,
    async () => {
      const answer = await ctx.api.call<ProgressDto>('admin', 'GET', path);
      return answer.status === 200 && answer.body.completeness.expected >= expected;
    },
    { timeoutMs: 60_000, intervalMs: 300 },
  );
}

/** Imports every report before the open quarter that is not there yet; returns how many. */
export async function importHistory(
  ctx: MeasurementContext,
  periods: ReadonlyMap<string, { id: string }>,
): Promise<number> {
  const planned = historyPeriods(ctx);
  const providers = dataProviders(ctx.programme);
  if (!planned[0] || !providers.length) return 0;
  await providersKnown(ctx, planned[0].period, providers.length);
  const existing = await submittedReports(ctx.api, ctx.programmeId);
  let imported = 0;
  for (const period of planned) {
    const periodId = periods.get(period.period)?.id;
    for (const organisation of providers) {
      const id = organisationId(organisation);
      const body = historicReport(ctx, period, organisation);
      if (!periodId || !body || existing.has(`${periodId}|${id}`)) continue;
      const path = `/measurement/programmes/${ctx.programmeId}/periods/${periodId}/submissions/${id}/import`;
      await ctx.api.must('admin', 'POST', path, body, [201, 409]);
      imported += 1;
    }
  }
  return imported;
}
