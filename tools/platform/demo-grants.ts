/**
 * Grants demo data (demo-grants-plan.ts), loaded through the gateway as its users would: each step
 * looks first and does only what is missing, so a second run changes nothing and a run that stopped
 * half-way is completed.
 */
import type {
  ApplicationDto,
  ApplicationFormDto,
  ApplicationReviewsDto,
  FundingOverviewDto,
  GrantCallDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS } from '@samvirke/testing';
import type { DemoApi, DemoUser } from './demo-api.js';
import type { DemoCalendar } from './demo-calendar.js';
import { loadAward } from './demo-award.js';
import { loadJointAward } from './demo-joint-award.js';
import { CALLS, COMMITMENTS, REVIEWER, type DemoApplication, type DemoCall } from './demo-grants-plan.js';

/** Commits what each funder has not committed yet; grants learns the funders from partners' events. */
async function loadCommitments(api: DemoApi, slug: string, programmeId: string): Promise<number> {
  let committed = 0;
  for (const line of COMMITMENTS.filter((commitment) => commitment.slug === slug)) {
    const funderId = DEMO_ORGANISATIONS[line.funder].id;
    const overview = await api.eventually<FundingOverviewDto>(
      `grants to know ${slug} and its funder ${line.funder}`,
      line.funder,
      'GET',
      `/grants/programmes/${programmeId}/funding`,
    );
    if (
      overview.funders.some((funder) => funder.funderOrganisationId === funderId && funder.commitments.length)
    )
      continue;
    await api.must(line.funder, 'POST', `/grants/programmes/${programmeId}/commitments`, {
      funderOrganisationId: funderId,
      amountOre: line.amountOre,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    committed += 1;
  }
  return committed;
}

async function findOrOpenCall(
  api: DemoApi,
  call: DemoCall,
  programmeId: string,
  calendar: DemoCalendar,
): Promise<GrantCallDto> {
  const path = `/grants/programmes/${programmeId}/calls`;
  const found = (await api.get<GrantCallDto[]>(call.funder, path)).find(
    (known) => known.title === call.title,
  );
  if (found) return withForm(api, call, found);
  const year = Number(calendar.today.slice(0, 4));
  const opened = await api.must<GrantCallDto>(call.funder, 'POST', path, {
    funderOrganisationId: DEMO_ORGANISATIONS[call.funder].id,
    title: call.title,
    description: call.description,
    budgetOre: call.budgetOre,
    opensAt: new Date(`${calendar.today}T00:00:00Z`).toISOString(),
    closesAt: new Date(`${year + 1}-03-31T12:00:00+02:00`).toISOString(),
    eligibleOrganisationTypes: call.eligibleOrganisationTypes,
    criteria: call.criteria,
  });
  return withForm(api, call, opened);
}

/** Gives the call its own form unless submitted applications answer the one it has. */
async function withForm(api: DemoApi, call: DemoCall, opened: GrantCallDto): Promise<GrantCallDto> {
  if (!call.form) return opened;
  const path = `/grants/calls/${opened.id}/form`;
  const current = await api.get<ApplicationFormDto>(call.funder, path);
  if (!current.locked) await api.must(call.funder, 'PUT', path, call.form);
  return opened;
}

async function findOrStartApplication(
  api: DemoApi,
  callId: string,
  application: DemoApplication,
): Promise<ApplicationDto> {
  const organisationId = DEMO_ORGANISATIONS[application.organisation].id;
  const path = `/grants/calls/${callId}/applications`;
  const mine = await api.get<ApplicationDto[]>(application.user, path);
  const found = mine.find(
    (known) => known.title === application.title && known.applicantOrganisationId === organisationId,
  );
  if (found) return found;
  return api.must<ApplicationDto>(application.user, 'POST', path, {
    applicantOrganisationId: organisationId,
    title: application.title,
    description: `${application.title}: indsats, målgruppe og forventede resultater.`,
    requestedAmountOre: application.amountOre,
    budgetLines: [
      { category: 'Løn', amountOre: (application.amountOre * 3) / 4 },
      { category: 'Aktiviteter', amountOre: application.amountOre / 4 },
    ],
    ...(application.answers ? { answers: application.answers } : {}),
  });
}

/** A joint application's partners, named by the lead and confirmed by each (on a draft, once). */
async function joinPartners(
  api: DemoApi,
  application: DemoApplication,
  found: ApplicationDto,
): Promise<void> {
  if (!application.partners || found.status !== 'draft' || found.partners.length > 0) return;
  const path = `/grants/applications/${found.id}/partners`;
  await api.must(application.user, 'PUT', path, {
    partners: application.partners.map((p) => ({
      organisationId: DEMO_ORGANISATIONS[p.organisation].id,
      budgetOre: p.budgetOre,
    })),
  });
  for (const partner of application.partners)
    await api.must(partner.user, 'POST', `${path}/${DEMO_ORGANISATIONS[partner.organisation].id}/confirm`);
}

/** Submits, assigns the reviewer and reviews as far as the application's demo state goes. */
async function advanceApplication(
  api: DemoApi,
  call: { funder: DemoCall['funder']; criteria: GrantCallDto['criteria'] },
  application: DemoApplication,
  found: ApplicationDto,
): Promise<void> {
  const path = `/grants/applications/${found.id}`;
  if (application.state === 'draft') return;
  if (found.status === 'draft') await api.must(application.user, 'POST', `${path}/submit`);
  if (application.state === 'submitted') return;
  if (found.status === 'draft' || found.status === 'submitted')
    await api.must(call.funder, 'POST', `${path}/reviewers`, {
      reviewerUsername: DEMO_USERS[REVIEWER].username,
    });
  if (application.state !== 'awarded' || found.status === 'awarded') return;
  const reviews = await api.get<ApplicationReviewsDto>(REVIEWER, `${path}/reviews`);
  if (reviews.reviews.some((review) => review.status === 'completed')) return;
  await api.must(REVIEWER, 'PUT', `${path}/review`, {
    scores: call.criteria.map((criterion, index) => ({ criterionId: criterion.id, score: 9 - index })),
    comment: 'Stærk forankring og klar målgruppe.',
  });
}

/** Grants assigns only reviewers who have signed in to it (apps/grants reviews/known-users.ts). */
async function introduceUsers(api: DemoApi): Promise<void> {
  for (const user of Object.keys(DEMO_USERS) as DemoUser[])
    await api.call(user, 'GET', '/grants/calls/00000000-0000-4000-8000-000000000000');
}

export async function loadDemoGrants(
  api: DemoApi,
  programmeIds: ReadonlyMap<string, string>,
  calendar: DemoCalendar,
): Promise<string> {
  await introduceUsers(api);
  let committed = 0;
  for (const slug of new Set(COMMITMENTS.map((commitment) => commitment.slug))) {
    const programmeId = programmeIds.get(slug);
    if (!programmeId) throw new Error(`grants demo: no programme ${slug}`);
    committed += await loadCommitments(api, slug, programmeId);
  }
  let payments = 0;
  for (const call of CALLS) {
    const programmeId = programmeIds.get(call.slug) ?? '';
    const opened = await findOrOpenCall(api, call, programmeId, calendar);
    for (const application of call.applications) {
      const found = await findOrStartApplication(api, opened.id, application);
      await joinPartners(api, application, found);
      await advanceApplication(api, { funder: call.funder, criteria: opened.criteria }, application, found);
      if (application.state !== 'awarded') continue;
      const ctx = { call, application, applicationId: found.id, programmeId, calendar };
      payments += await (application.partners ? loadJointAward(api, ctx) : loadAward(api, ctx));
    }
  }
  return `${committed} funding commitments made; ${CALLS.length} open calls with their applications; ${payments} tranche payments recorded`;
}
