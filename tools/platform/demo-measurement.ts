/**
 * The demo programmes' shared measurement in the measurement service: the indicator library, each
 * programme's indicators with baseline and targets, and its reporting periods — every quarter (and
 * year) from 2025 reported and closed, the last ended quarter open with its deadline a week away.
 */
import type { IndicatorDto, Page, ProgrammeIndicatorDto, ReportingPeriodDto } from '@samvirke/contracts';
import type { DemoApi } from './demo-api.js';
import {
  FIRST_YEAR,
  previousQuarter,
  quarterDueDate,
  quarterOf,
  quarters,
  yearDueDate,
  type DemoCalendar,
} from './demo-calendar.js';
import type { DemoMeasurement } from './demo-measurement-types.js';
import type { DemoProgramme } from './demo-programmes.js';
import { indicatorConfiguration } from './demo-values.js';

/** One programme's measurement as the loader works on it. */
export interface MeasurementContext {
  readonly api: DemoApi;
  readonly programmeId: string;
  readonly programme: DemoProgramme;
  readonly measurement: DemoMeasurement;
  readonly calendar: DemoCalendar;
}

export interface PlannedPeriod {
  readonly frequency: 'quarterly' | 'annual';
  readonly period: string;
  readonly dueDate: string;
}

/** The programme's first reporting quarter: 2025-Q1, or the quarter it started in if later. */
export function firstQuarter(programme: DemoProgramme): string {
  const started = quarterOf(programme.startDate);
  return started > `${FIRST_YEAR}-Q1` ? started : `${FIRST_YEAR}-Q1`;
}

/** The periods reported and approved before the open quarter. */
export function historyPeriods(ctx: MeasurementContext): PlannedPeriod[] {
  const last = previousQuarter(ctx.calendar.openQuarter);
  const planned: PlannedPeriod[] = quarters(firstQuarter(ctx.programme), last).map((period) => ({
    frequency: 'quarterly',
    period,
    dueDate: quarterDueDate(period),
  }));
  if (!ctx.measurement.indicators.some((indicator) => indicator.frequency === 'annual')) return planned;
  const from = Number(firstQuarter(ctx.programme).slice(0, 4));
  for (let year = from; yearDueDate(String(year)) < ctx.calendar.settled; year += 1)
    planned.push({ frequency: 'annual', period: String(year), dueDate: yearDueDate(String(year)) });
  return planned;
}

export function openPeriod(ctx: MeasurementContext): PlannedPeriod {
  return { frequency: 'quarterly', period: ctx.calendar.openQuarter, dueDate: ctx.calendar.openDueDate };
}

/** Adds the demo's indicators that the library lacks; returns how many. */
export async function defineIndicators(
  api: DemoApi,
  measurements: readonly DemoMeasurement[],
): Promise<number> {
  const known = new Set<string>();
  for (let offset = 0; ; offset += 200) {
    const page = await api.get<Page<IndicatorDto>>(
      'admin',
      `/measurement/indicators?limit=200&offset=${offset}`,
    );
    page.items.forEach((indicator) => known.add(indicator.code));
    if (offset + page.items.length >= page.total || page.items.length === 0) break;
  }
  let defined = 0;
  for (const indicator of measurements.flatMap((measurement) => measurement.indicators)) {
    if (known.has(indicator.definition.code)) continue;
    await api.must('admin', 'POST', '/measurement/indicators', indicator.definition, [201, 409]);
    defined += 1;
  }
  return defined;
}

/** Tracks the indicators the programme does not track yet, with baseline and targets. */
export async function configureIndicators(ctx: MeasurementContext): Promise<number> {
  const path = `/measurement/programmes/${ctx.programmeId}/indicators`;
  // Measurement learns the programme from partners' events: wait until it knows it.
  const tracked = await ctx.api.eventually<ProgrammeIndicatorDto[]>(
    `measurement to know ${ctx.programme.slug}`,
    'admin',
    'GET',
    path,
  );
  let configured = 0;
  for (const indicator of ctx.measurement.indicators) {
    const code = indicator.definition.code;
    if (tracked.some((known) => known.code === code)) continue;
    const body = indicatorConfiguration(indicator, firstQuarter(ctx.programme), ctx.programme.endDate);
    await ctx.api.must('admin', 'PUT', `${path}/${code}`, body);
    configured += 1;
  }
  return configured;
}

/**
 * Opens the periods that are missing and closes those of the past (reported before the programme
 * came onto Samvirke); the open quarter stays open. Returns every planned period by label.
 */
export async function ensurePeriods(ctx: MeasurementContext): Promise<Map<string, ReportingPeriodDto>> {
  const path = `/measurement/programmes/${ctx.programmeId}/periods`;
  const existing = await ctx.api.get<ReportingPeriodDto[]>('admin', path);
  const byLabel = new Map(existing.map((period) => [`${period.frequency}:${period.period}`, period]));
  const found = new Map<string, ReportingPeriodDto>();
  for (const planned of [...historyPeriods(ctx), openPeriod(ctx)]) {
    let period = byLabel.get(`${planned.frequency}:${planned.period}`);
    period ??= await ctx.api.must<ReportingPeriodDto>('admin', 'POST', path, planned);
    const past = planned.period !== ctx.calendar.openQuarter;
    if (past && period.status === 'open')
      period = await ctx.api.must<ReportingPeriodDto>('admin', 'POST', `${path}/${period.id}/close`);
    found.set(planned.period, period);
  }
  return found;
}

/** The programme whose oldest quarter the demo shows locked by its backbone, with the reason. */
export const LOCKED_DEMO_PROGRAMME = 'bryd-den-negative-sociale-arv';

/**
 * Locks the oldest reported quarter of one programme, as its backbone coordinator does once the
 * figures have gone into a funder's annual report: the period screen shows it locked with its
 * history, and a reporter's correction to it is refused. A locked period stays locked on a re-run.
 */
export async function lockDemoPeriod(
  ctx: MeasurementContext,
  periods: ReadonlyMap<string, ReportingPeriodDto>,
): Promise<string> {
  const oldest = historyPeriods(ctx).find((planned) => planned.frequency === 'quarterly');
  const period = oldest && periods.get(oldest.period);
  if (ctx.programme.slug !== LOCKED_DEMO_PROGRAMME || !period || period.status !== 'closed') return '';
  const path = `/measurement/programmes/${ctx.programmeId}/periods/${period.id}/lock`;
  await ctx.api.must('coordinator', 'POST', path, {
    reason: `Tallene for ${period.period} indgår i Helsefondens årsrapport.`,
  });
  return `, ${period.period} locked`;
}
