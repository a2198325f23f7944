/**
 * The soak's own programme on the running platform, made through the gateway as the demo users
 * would (the demo programmes stay as the demo loader left them): Helsefonden funds it, the demo
 * backbone runs it, København and Aarhus report one indicator quarterly, the integration client
 * may read it on the feed and subscribe to it. Running the soak again reuses it.
 */
import type { Page, ProgrammeDto, ReportingPeriodDto } from '@samvirke/contracts';
import { DEMO_CLIENTS, DEMO_ORGANISATIONS } from '@samvirke/testing';
import type { DemoApi } from '../tools/platform/demo-api.js';

export const SOAK_SLUG = 'samvirke-soak';
const SOAK_NAME = 'Samvirke soak (belastningstest)';
export const SOAK_INDICATOR = 'soak.deltagere';
export const SOAK_REPORTERS = [
  { user: 'reporterKobenhavn', organisationId: DEMO_ORGANISATIONS.kobenhavn.id },
  { user: 'reporterAarhus', organisationId: DEMO_ORGANISATIONS.aarhus.id },
] as const;

export interface SoakProgramme {
  readonly programmeId: string;
  readonly periodId: string;
  readonly period: string;
}

function currentQuarter(now = new Date()): { period: string; dueDate: string } {
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const year = now.getUTCFullYear();
  // Due a month after the quarter ends (a date in the future while the soak runs).
  const due = new Date(Date.UTC(year, quarter * 3 + 1, 0));
  return { period: `${year}-Q${quarter}`, dueDate: due.toISOString().slice(0, 10) };
}

async function programme(api: DemoApi): Promise<ProgrammeDto> {
  const found = await api.get<Page<ProgrammeDto>>(
    'admin',
    `/partners/programmes?q=${encodeURIComponent('Samvirke soak')}`,
  );
  const existing = found.items.find((item) => item.slug === SOAK_SLUG);
  if (existing) return existing;
  return api.must<ProgrammeDto>('helsefonden', 'POST', '/partners/programmes', {
    slug: SOAK_SLUG,
    name: SOAK_NAME,
    problemStatement: 'Platformen skal holde til en lang, blandet belastning uden at tabe noget.',
    vision: 'Ingen tabte eller dobbelte hændelser, og stabil hukommelse.',
    themes: ['belastningstest'],
    startDate: '2025-01-01',
    endDate: '2030-12-31',
    backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
    goals: [{ title: 'Platformen holder' }],
  });
}

async function members(api: DemoApi, programmeId: string): Promise<void> {
  const path = `/partners/programmes/${programmeId}/members`;
  const wanted: [string, string[]][] = [
    [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    ...SOAK_REPORTERS.map(({ organisationId }): [string, string[]] => [organisationId, ['data-provider']]),
  ];
  for (const [organisationId, roles] of wanted)
    await api.must('admin', 'POST', path, { organisationId, roles }, [201, 409]);
  await api.must('admin', 'PATCH', `/partners/programmes/${programmeId}`, { status: 'active' });
}

async function indicator(api: DemoApi, programmeId: string, period: string): Promise<void> {
  await api.must(
    'admin',
    'POST',
    '/measurement/indicators',
    {
      code: SOAK_INDICATOR,
      nameDa: 'Deltagere (belastningstest)',
      nameEn: 'Participants (soak test)',
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'higher-is-better',
      min: 0,
      disaggregations: [],
      sensitive: false,
    },
    [201, 409],
  );
  const path = `/measurement/programmes/${programmeId}/indicators`;
  // Measurement learns the programme and its members from partners' events.
  await api.eventually(`measurement to know ${SOAK_SLUG}`, 'admin', 'GET', path);
  await api.must('admin', 'PUT', `${path}/${SOAK_INDICATOR}`, {
    frequency: 'quarterly',
    baseline: { period: '2024-Q4', value: 100 },
    targets: [{ period, value: 200 }],
  });
}

async function openPeriod(api: DemoApi, programmeId: string): Promise<ReportingPeriodDto> {
  const { period, dueDate } = currentQuarter();
  await indicator(api, programmeId, period);
  const path = `/measurement/programmes/${programmeId}/periods`;
  const periods = await api.get<ReportingPeriodDto[]>('admin', path);
  const found = periods.find((known) => known.frequency === 'quarterly' && known.period === period);
  if (found?.status === 'open') return found;
  if (found) return api.must<ReportingPeriodDto>('admin', 'POST', `${path}/${found.id}/reopen`);
  return api.must<ReportingPeriodDto>('admin', 'POST', path, { frequency: 'quarterly', period, dueDate });
}

export async function soakProgramme(api: DemoApi): Promise<SoakProgramme> {
  const { id: programmeId } = await programme(api);
  await members(api, programmeId);
  const period = await openPeriod(api, programmeId);
  // The integration client reads the programme on the feed (the feed learns it from events).
  await api.eventually(
    'the feed to know the soak programme',
    'admin',
    'PUT',
    `/feed/grants/${DEMO_CLIENTS.integration.clientId}/programmes/${programmeId}`,
  );
  return { programmeId, periodId: period.id, period: period.period };
}
