import { readCsvTable } from '@samvirke/csv';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { downloadFile, expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, registerOrganisations } from './portal-stack.fixture.js';

/**
 * Revisionsspor in a real browser against the real stack: the platform admin reads who changed
 * what and downloads it as CSV, a programme's backbone coordinator reads their programme's trail,
 * and a reporter is told it is not for them.
 */
let programmeId = '';

const suite = browserSuite('portal_audit', async (stack) => {
  await registerOrganisations(stack.gateway);
  await call(
    stack.gateway,
    'admin',
    'POST',
    `/partners/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
    {
      name: 'Mette Måler',
      email: 'mette.maaler@kk.example',
      role: 'Dataansvarlig',
    },
  );
  const programme = await call<{ id: string }>(stack.gateway, 'helsefonden', 'POST', '/partners/programmes', {
    name: 'Sporbarhed for alle',
    slug: `sporbarhed-${Date.now()}`,
    problemStatement: 'Det skal kunne ses, hvem der har ændret hvad.',
    vision: 'Tillid gennem gennemsigtighed.',
    goals: [{ title: 'Alle ændringer kan spores' }],
    themes: ['tillid'],
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
  });
  programmeId = programme.id;
});

describe('Revisionsspor in the portal', () => {
  it('shows the platform admin who changed what, and downloads it as CSV', async () => {
    const admin = await suite.userPage('platform.admin');
    await admin.getByRole('link', { name: 'Revisionsspor' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Revisionsspor' }).waitFor();
    const row = admin.getByRole('row').filter({ hasText: 'name: Mette Måler' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(
      /platform\.admin.*POST \/organisations\/:organisationId\/contacts.*contact INSERT/,
    );
    await expectAccessible(admin);
    await screenshot(admin, 'audit-01-admin');

    const file = await downloadFile(admin, admin.getByRole('button', { name: 'Hent som CSV' }));
    expect(file.name).toBe('revisionsspor-partners.csv');
    const { table } = readCsvTable(file.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(table.header.slice(0, 5)).toEqual(['seq', 'chain_no', 'at', 'table', 'action']);
    expect(table.rows.some((cells) => cells[3] === 'contact' && cells[8] === 'platform.admin')).toBe(true);
  }, 120_000);

  it("shows a backbone coordinator their programme's trail from the programme's tabs", async () => {
    const coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programmeId}`);
    await coordinator.getByRole('link', { name: 'Revisionsspor' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Revisionsspor' }).waitFor();
    await coordinator
      .getByRole('row')
      .filter({ hasText: 'programme INSERT' })
      .filter({ hasText: 'officer.helsefonden' })
      .waitFor();
    expect(await coordinator.getByText('Mette Måler').count()).toBe(0);
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'audit-02-backbone');
  }, 120_000);

  it('tells a reporter the audit trail is not for them', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    expect(await reporter.getByRole('link', { name: 'Revisionsspor' }).count()).toBe(0);
    await reporter.goto(`${suite.stack.portalUrl}/audit`);
    await reporter
      .getByText('Revisionssporet er for platformsadministratorer og programmets backbone.')
      .waitFor();
  }, 120_000);
});
