/**
 * What the demo holds, read back through the public API as plain lines: organisations, each
 * programme's members, activities, indicators, periods and reports, what the programme's funder
 * sees of its progress, and the grants. The loader's end-to-end test compares two runs with it.
 */
import type {
  ActivityDto,
  ApplicationDto,
  AwardDto,
  FundingOverviewDto,
  GrantCallDto,
  GrantReportsDto,
  LearningEntryDto,
  MembershipDto,
  OrganisationDto,
  Page,
  ProgrammeDto,
  ProgrammeIndicatorDto,
  ProgressDto,
  ReportingPeriodDto,
} from '@samvirke/contracts';
import type { DemoApi } from './demo-api.js';
import { submittedReports } from './demo-history.js';
import { listOrganisations } from './demo-organisations.js';
import { DEMO_PROGRAMMES } from './demo-programmes.js';

export interface ProgrammeState {
  readonly members: string[];
  readonly activities: string[];
  readonly indicators: string[];
  readonly targets: string[];
  readonly periods: string[];
  readonly reports: string[];
  readonly funding: string;
  /** Results-Based Accountability: "code kind question" of each classified indicator. */
  readonly classes: string[];
  /** The learning log's titles, newest first. */
  readonly learning: string[];
}

export interface DemoState {
  readonly organisations: number;
  readonly municipalities: Record<string, string | number>;
  readonly programmes: Record<string, ProgrammeState>;
  /** Approved and on-time reports per programme and closed period, as its funder sees them. */
  readonly timeliness: Record<string, { approved: number; onTime: number }>;
  /** Organisations' figures shown as "<5" to the programme's funder. */
  readonly smallCounts: string[];
  readonly applications: string[];
  readonly awards: {
    title: string;
    status: string;
    tranches: string[];
    conditions: string[];
    /** Its reports: kind, version and status of each. */
    reports: string[];
    /** A joint application's grantees with their parts of each tranche ("<organisation> <øre> …"). */
    grantees: string[];
  }[];
}

async function programmeState(api: DemoApi, programme: ProgrammeDto): Promise<ProgrammeState> {
  const partners = `/partners/programmes/${programme.id}`;
  const measurement = `/measurement/programmes/${programme.id}`;
  const members = await api.get<Page<MembershipDto>>('admin', `${partners}/members?limit=200`);
  const activities = await api.get<ActivityDto[]>('admin', `${partners}/activities`);
  const indicators = await api.get<ProgrammeIndicatorDto[]>('admin', `${measurement}/indicators`);
  const periods = await api.get<ReportingPeriodDto[]>('admin', `${measurement}/periods`);
  const labels = new Map(periods.map((period) => [period.id, period.period]));
  const reports = await submittedReports(api, programme.id);
  const funding = await api.get<FundingOverviewDto>('admin', `/grants/programmes/${programme.id}/funding`);
  const learning = await api.get<LearningEntryDto[]>('admin', `${measurement}/learning`);
  return {
    members: members.items
      .map((member) => `${member.organisationId} ${[...member.roles].sort().join(',')}`)
      .sort(),
    activities: activities.map((activity) => `${activity.title} ${activity.status}`).sort(),
    indicators: indicators.map((indicator) => indicator.code).sort(),
    targets: indicators
      .map((i) => `${i.code} ${i.frequency} ${JSON.stringify(i.baseline)} ${JSON.stringify(i.targets)}`)
      .sort(),
    periods: periods.map(
      (period) => `${period.frequency} ${period.period} ${period.status} ${period.dueDate}`,
    ),
    reports: [...reports.values()]
      .map(
        (report) =>
          `${labels.get(report.periodId)} ${report.organisationId} v${report.version} ${report.status}`,
      )
      .sort(),
    funding: JSON.stringify(funding.total),
    classes: indicators
      .filter((i) => i.rbaKind !== null)
      .map((i) => `${i.code} ${i.rbaKind} ${i.performanceQuestion ?? '-'}`)
      .sort(),
    learning: learning.map((entry) => entry.title),
  };
}

/** Timeliness and the "<5" figures of every closed or locked period, as the programme's funder sees them. */
async function progressSeen(
  api: DemoApi,
  programme: ProgrammeDto,
  state: { timeliness: DemoState['timeliness']; smallCounts: string[] },
): Promise<void> {
  const funder = DEMO_PROGRAMMES.find((known) => known.slug === programme.slug)?.creator ?? 'admin';
  const periods = await api.get<ReportingPeriodDto[]>(
    'admin',
    `/measurement/programmes/${programme.id}/periods`,
  );
  for (const period of periods.filter((candidate) => candidate.status !== 'open')) {
    const progress = await api.get<ProgressDto>(
      funder,
      `/measurement/programmes/${programme.id}/progress?period=${period.period}`,
    );
    const { approved, onTime } = progress.timeliness;
    state.timeliness[`${programme.slug} ${period.period}`] = { approved, onTime };
    for (const indicator of progress.indicators)
      for (const organisation of indicator.organisations.filter((candidate) => candidate.value === '<5'))
        state.smallCounts.push(
          `${programme.slug} ${period.period} ${indicator.code} ${String(organisation.value)}`,
        );
  }
}

/** Each grantee of a joint award with its part of every tranche, in the tranches' order. */
function granteeParts(award: AwardDto): string[] {
  const tranches = [...award.tranches].sort((a, b) => a.position - b.position);
  return (award.grantees ?? []).map(({ organisationId }) =>
    [
      organisationId,
      ...tranches.map((t) => t.grantees?.find((g) => g.organisationId === organisationId)?.amountOre ?? 0),
    ].join(' '),
  );
}

async function grantsState(
  api: DemoApi,
  programmes: ProgrammeDto[],
): Promise<Pick<DemoState, 'applications' | 'awards'>> {
  const applications = new Map<string, string>();
  const awards: DemoState['awards'] = [];
  for (const programme of programmes) {
    const calls = await api.get<GrantCallDto[]>('admin', `/grants/programmes/${programme.id}/calls`);
    for (const call of calls)
      for (const user of ['admin', 'member'] as const)
        for (const application of await api.get<ApplicationDto[]>(
          user,
          `/grants/calls/${call.id}/applications`,
        ))
          applications.set(application.id, `${application.title} ${application.status}`);
    for (const award of await api.get<AwardDto[]>('admin', `/grants/programmes/${programme.id}/awards`))
      awards.push({
        title: award.title,
        status: award.status,
        tranches: [...award.tranches]
          .sort((a, b) => a.position - b.position)
          .map((tranche) => tranche.status),
        conditions: award.conditions
          .map((c) => `${c.indicatorCode} ${c.period} ${String(c.fulfilled)}`)
          .sort(),
        reports: (await api.get<GrantReportsDto>('admin', `/grants/awards/${award.id}/reports`)).reports.map(
          (report) => `${report.kind} ${report.version} ${report.status}`,
        ),
        grantees: granteeParts(award),
      });
  }
  return { applications: [...applications.values()].sort(), awards };
}

export async function demoState(api: DemoApi): Promise<DemoState> {
  const organisations = await listOrganisations(api);
  const municipalities = organisations.filter((organisation) => organisation.type === 'municipality');
  const named = (code: string): string =>
    municipalities.find((organisation: OrganisationDto) => organisation.kommunekode === code)?.name ?? '';
  const found = await api.get<Page<ProgrammeDto>>('admin', '/partners/programmes?limit=200');
  const state: DemoState = {
    organisations: organisations.length,
    municipalities: { count: municipalities.length, '101': named('101'), '400': named('400') },
    programmes: {},
    timeliness: {},
    smallCounts: [],
    ...(await grantsState(api, found.items)),
  };
  for (const programme of found.items) {
    state.programmes[programme.slug] = await programmeState(api, programme);
    await progressSeen(api, programme, state);
  }
  return state;
}
