import { randomUUID } from 'node:crypto';
import { DEMO_ORGANISATIONS, createTemporaryUser, waitFor, type TemporaryIdentity } from '@samvirke/testing';
import type { OrganisationDto, Page as PageOf } from '@samvirke/contracts';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, setUpProgramme, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * Two-level approval in a real browser against the real stack: Aarhus Kommune's reporter adds the
 * forvaltning "Børn og Unge" on the organisation page; it reports on its own; the backbone sees it
 * waiting for Aarhus and cannot approve it yet; Aarhus approves it first, then the backbone; the
 * progress page then counts it in Aarhus' row, with the forvaltning in the row's breakdown.
 */
const AARHUS = DEMO_ORGANISATIONS.aarhus.id;
let programme: DemoProgramme;
let unitReporter: TemporaryIdentity | undefined;
let unitId = '';

const suite = browserSuite(
  'portal-two-level-approval',
  async (stack) => {
    programme = await setUpProgramme(stack.gateway);
    const aarhus = DEMO_ORGANISATIONS.aarhus;
    await call(stack.gateway, 'admin', 'POST', '/partners/organisations', {
      id: aarhus.id,
      name: aarhus.name,
      type: aarhus.type,
      kommunekode: '751',
    });
    await call(stack.gateway, 'coordinator', 'POST', `/partners/programmes/${programme.id}/members`, {
      organisationId: aarhus.id,
      roles: ['implementing-partner'],
    });
  },
  240_000,
);

afterAll(async () => {
  await unitReporter?.remove();
});

/** The sub-unit reports 2026-Q2 on its own, through the gateway, once measurement knows it. */
async function subUnitReports(id: string): Promise<void> {
  const gateway = suite.stack.gateway;
  await call(gateway, 'coordinator', 'POST', `/partners/programmes/${programme.id}/members`, {
    organisationId: id,
    roles: ['data-provider'],
  });
  unitReporter = await createTemporaryUser({
    username: `bou-${randomUUID().slice(0, 8)}`,
    email: `bou-${randomUUID().slice(0, 8)}@aarhus.example`,
    emailVerified: true,
    roles: ['reporter'],
    organisations: [id],
  });
  const path = `${gateway.url}/api/measurement/programmes/${programme.id}/periods/${programme.periodId}/submissions/${id}`;
  const send = async (method: string, target: string, body?: unknown) =>
    fetch(target, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await unitReporter!.token()}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const values = {
    values: [
      { indicator: 'unge-i-uddannelse', value: 240 },
      { indicator: 'anbragte-boern', value: 12 },
    ],
  };
  await waitFor('measurement to know Børn og Unge', async () => (await send('PUT', path, values)).ok);
  expect((await send('POST', `${path}/submit`)).status).toBe(200);
}

describe('two-level approval in the portal', () => {
  let municipality: Page;
  let coordinator: Page;

  it("lets Aarhus' reporter add a forvaltning on the organisation page", async () => {
    municipality = await suite.userPage('reporter.aarhus');
    await municipality.goto(`${suite.stack.portalUrl}/organisations/${AARHUS}`);
    await municipality.getByRole('heading', { name: 'Underenheder' }).waitFor();
    await municipality.getByLabel('Navn (forvaltning eller institution)').fill('Børn og Unge');
    await municipality.getByRole('button', { name: 'Tilføj underenhed' }).click();
    await municipality.getByRole('link', { name: 'Børn og Unge' }).waitFor();
    await expectAccessible(municipality);
    await screenshot(municipality, 'two-level-01-sub-units');
  }, 120_000);

  it('keeps the backbone waiting while the report is with the municipality', async () => {
    const units = await call<PageOf<OrganisationDto>>(
      suite.stack.gateway,
      'admin',
      'GET',
      `/partners/organisations?parent=${AARHUS}`,
    );
    const unit = units.items.find((item) => item.name === 'Børn og Unge');
    expect(unit?.parentOrganisationId).toBe(AARHUS);
    unitId = unit!.id;
    await subUnitReports(unitId);
    coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/approvals`);
    await coordinator.getByRole('heading', { name: 'Venter på kommunens godkendelse' }).waitFor();
    await coordinator.getByText('Børn og Unge · 2026-Q2').waitFor();
    expect(await coordinator.getByRole('button', { name: 'Godkend Børn og Unge' }).count()).toBe(0);
  }, 180_000);

  it('lets Aarhus approve first, and then the backbone', async () => {
    await municipality.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/municipal-approvals`);
    const approve = municipality.getByRole('button', { name: 'Godkend Børn og Unge' });
    await approve.waitFor();
    await expectAccessible(municipality);
    await screenshot(municipality, 'two-level-02-municipality-queue');
    await approve.click();
    await municipality.getByText('Ingen indberetninger fra underenheder venter.').waitFor();
    await coordinator.reload();
    const second = coordinator.getByRole('button', { name: 'Godkend Børn og Unge' });
    await second.waitFor();
    await second.click();
    await waitFor('the approval to leave the queue', async () => (await second.count()) === 0);
    const history = await call<{ latest: { status: string } }>(
      suite.stack.gateway,
      'coordinator',
      'GET',
      `/measurement/programmes/${programme.id}/periods/${programme.periodId}/submissions/${unitId}`,
    );
    expect(history.latest.status).toBe('approved');
  }, 120_000);

  it("shows Børn og Unge's values in Aarhus' row on the progress page, with the breakdown", async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/progress`);
    const breakdown = coordinator.getByTestId(`units-unge-i-uddannelse-${AARHUS}`);
    await breakdown.getByText('Aarhus Kommune: 240 fra 1 underenhed').click();
    await breakdown.getByRole('row', { name: 'Børn og Unge 240' }).waitFor();
    // The bars show one row for Aarhus, none for the forvaltning beside it.
    const bars = await coordinator.locator('#orgs-unge-i-uddannelse-desc').textContent();
    expect(bars).toContain('Aarhus Kommune: 240');
    expect(bars).not.toContain('Børn og Unge');
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'two-level-03-progress-breakdown');
  }, 120_000);
});
