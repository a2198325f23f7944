/**
 * The open quarter as the demo users leave it: the municipal reporters submit through the
 * ordinary workflow, and the backbone (the programme's coordinator, or the platform admin where the
 * backbone has no demo user) approves one report and returns another with a comment; the rest wait
 * in its queue, and the providers without a demo user have yet to report.
 */
import type { ReportingPeriodDto, SubmissionListItem } from '@samvirke/contracts';
import type { DemoUser } from './demo-api.js';
import type { MeasurementContext } from './demo-measurement.js';
import { organisationId } from './demo-organisations.js';
import type { OrganisationRef } from './demo-programmes.js';
import { misreported, reportValues } from './demo-values.js';

const REPORTERS: Readonly<Partial<Record<OrganisationRef, DemoUser>>> = {
  'demo:kobenhavn': 'reporterKobenhavn',
  'demo:aarhus': 'reporterAarhus',
};

type Goal = 'submitted' | 'returned' | 'approved';

/** Takes one organisation's report for the open quarter as far as `goal`, from wherever it is. */
async function advance(
  ctx: MeasurementContext,
  period: ReportingPeriodDto,
  organisation: OrganisationRef,
  goal: Goal,
  status: SubmissionListItem['status'] | undefined,
): Promise<boolean> {
  const reporter = REPORTERS[organisation];
  // A report the backbone has decided on is left as it is.
  if (!reporter || status === goal || status === 'approved' || status === 'returned') return false;
  const path = `/measurement/programmes/${ctx.programmeId}/periods/${period.id}/submissions/${organisationId(organisation)}`;
  const wrong = goal === 'returned' ? ctx.measurement.openReturn : undefined;
  if (status === undefined) {
    const values = reportValues(ctx.measurement, 'quarterly', organisation, period.period);
    const sent = wrong ? misreported(values, wrong.indicator, wrong.factor) : values;
    await ctx.api.must(reporter, 'PUT', path, { values: sent });
  }
  if (status !== 'submitted') await ctx.api.must(reporter, 'POST', `${path}/submit`);
  if (goal === 'submitted') return true;
  const backbone: DemoUser = ctx.programme.backbone === 'demo:backbone' ? 'coordinator' : 'admin';
  if (goal === 'approved') await ctx.api.must(backbone, 'POST', `${path}/approve`);
  else
    await ctx.api.must(backbone, 'POST', `${path}/return`, {
      comment: wrong?.comment ?? 'Tjek venligst tallene.',
    });
  return true;
}

/** Brings the open quarter's reports to where the demo has them; returns how many moved. */
export async function reportOpenQuarter(
  ctx: MeasurementContext,
  period: ReportingPeriodDto | undefined,
  existing: ReadonlyMap<string, SubmissionListItem>,
): Promise<number> {
  if (!period || period.status !== 'open') return 0;
  let moved = 0;
  for (const [organisation, goal] of Object.entries(ctx.measurement.open) as [OrganisationRef, Goal][]) {
    const status = existing.get(`${period.id}|${organisationId(organisation)}`)?.status;
    if (await advance(ctx, period, organisation, goal, status)) moved += 1;
  }
  return moved;
}
