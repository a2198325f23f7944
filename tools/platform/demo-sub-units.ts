/**
 * Aarhus Kommune's sub-units in the demo: the forvaltning "Børn og Unge" and an institution under
 * it, registered by Aarhus' own reporter, each a data provider in "Bryd den negative sociale arv"
 * reporting the open quarter on its own. Børn og Unge's report is approved at both levels (Aarhus,
 * then the backbone); the institution's waits for Aarhus. Aarhus' own report for the quarter is only
 * submitted, so the progress page shows the fold: Aarhus Kommune's row made of Børn og Unge's values
 * (listed in its breakdown), the waiting institution counted nowhere. Safe to run again.
 */
import type { MembershipDto, Page, ReportingPeriodDto, SubmissionListItem } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import type { DemoApi } from './demo-api.js';
import type { DemoCalendar } from './demo-calendar.js';
import { BRYD_ARVEN } from './demo-indicators-social.js';
import { organisationId } from './demo-organisations.js';
import { callAs, ensureReporter } from './demo-sub-unit-users.js';
import { reportValues } from './demo-values.js';

const SLUG = 'bryd-den-negative-sociale-arv';

interface SubUnit {
  readonly ref: `extra:${string}`;
  readonly name: string;
  readonly parentId: string;
  readonly username: string;
  readonly goal: 'approved' | 'submitted';
}

const BOU = 'extra:aarhus-boern-og-unge' as const;

export const DEMO_SUB_UNITS: readonly SubUnit[] = [
  {
    ref: BOU,
    name: 'Børn og Unge, Aarhus Kommune',
    parentId: DEMO_ORGANISATIONS.aarhus.id,
    username: 'reporter.aarhus.bou',
    goal: 'approved',
  },
  {
    ref: 'extra:aarhus-skovvangskolen',
    name: 'Skovvangskolen',
    parentId: organisationId(BOU),
    username: 'reporter.skovvangskolen',
    goal: 'submitted',
  },
];

async function ensureRegistered(api: DemoApi, unit: SubUnit): Promise<void> {
  const id = organisationId(unit.ref);
  const found = await api.call('admin', 'GET', `/partners/organisations/${id}`);
  if (found.status === 200) return;
  await api.must('reporterAarhus', 'POST', '/partners/organisations', {
    id,
    name: unit.name,
    type: 'other',
    parentOrganisationId: unit.parentId,
  });
}

async function ensureMember(api: DemoApi, programmeId: string, unit: SubUnit): Promise<void> {
  const path = `/partners/programmes/${programmeId}/members`;
  const members = await api.get<Page<MembershipDto>>('admin', `${path}?limit=200`);
  const id = organisationId(unit.ref);
  if (members.items.some((member) => member.organisationId === id)) return;
  await api.must('admin', 'POST', path, { organisationId: id, roles: ['data-provider'] }, [201, 409]);
}

/** Takes the unit's report for the open quarter as far as its goal; true when it moved. */
async function report(api: DemoApi, programmeId: string, period: ReportingPeriodDto, unit: SubUnit) {
  const id = organisationId(unit.ref);
  const listed = await api.get<Page<SubmissionListItem>>(
    'coordinator',
    `/measurement/programmes/${programmeId}/submissions?periodId=${period.id}&organisationId=${id}`,
  );
  const status = listed.items[0]?.status;
  if (status === 'approved' || status === 'returned') return false;
  const path = `/measurement/programmes/${programmeId}/periods/${period.id}/submissions/${id}`;
  if (status === undefined) {
    // The demo's figures follow each municipality's course; a sub-unit reports along its municipality's.
    const values = reportValues(BRYD_ARVEN, 'quarterly', 'demo:aarhus', period.period);
    // Measurement learns of the membership from partners' events.
    await waitFor(
      'measurement to know the sub-unit',
      async () => {
        const saved = await callAs(api.gateway, unit.username, 'PUT', path, { values });
        if (saved.status !== 200)
          throw new Error(`${saved.status} ${JSON.stringify(saved.body).slice(0, 600)}`);
        return true;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    await callAs(api.gateway, unit.username, 'POST', `${path}/submit`);
  }
  if (unit.goal === 'submitted') return status === undefined;
  await api.must('reporterAarhus', 'POST', `${path}/parent-approve`, undefined, [200, 409]);
  await api.must('coordinator', 'POST', `${path}/approve`);
  return true;
}

export async function loadDemoSubUnits(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
  calendar: DemoCalendar,
): Promise<string> {
  const programmeId = programmeIds.get(SLUG);
  if (!programmeId) throw new Error(`no programme ${SLUG}`);
  let users = 0;
  for (const unit of DEMO_SUB_UNITS) {
    await ensureRegistered(api, unit);
    if (await ensureReporter(unit.username, organisationId(unit.ref), unit.name)) users += 1;
    await ensureMember(api, programmeId, unit);
  }
  const periods = await api.get<ReportingPeriodDto[]>(
    'coordinator',
    `/measurement/programmes/${programmeId}/periods`,
  );
  const open = periods.find((period) => period.period === calendar.openQuarter && period.status === 'open');
  let moved = 0;
  if (open) for (const unit of DEMO_SUB_UNITS) if (await report(api, programmeId, open, unit)) moved += 1;
  return `${DEMO_SUB_UNITS.length} sub-units of Aarhus Kommune (${users} reporters made), ${moved} of their reports moved on`;
}
