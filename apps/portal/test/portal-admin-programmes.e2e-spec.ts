import { readCsvTable } from '@samvirke/csv';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import type { Page } from 'playwright-core';
import { downloadFile, expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, registerOrganisations } from './portal-stack.fixture.js';

/**
 * Setting a programme up in a real browser against the real stack, through Keycloak's own login
 * page: a foundation officer creates a programme from nothing, edits its agenda, invites members
 * and registers an activity; the platform admin registers an organisation. Screenshots go to
 * .run/artefacts/portal/.
 */
let programmeId = '';

const suite = browserSuite(
  'portal_admin',
  async (stack) => {
    // The organisations exist (the admin registered them); no programme does yet.
    await registerOrganisations(stack.gateway);
    await call(
      stack.gateway,
      'reporterKobenhavn',
      'POST',
      `/partners/organisations/${DEMO_ORGANISATIONS.kobenhavn.id}/contacts`,
      {
        name: 'Mette Måler',
        email: 'mette.maaler@kk.example',
        role: 'Dataansvarlig',
      },
    );
  },
  180_000,
);

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

describe('setting a programme up in the portal', () => {
  let officer: Page;

  it('lets a foundation officer with no programmes start one, keeping the draft across a reload', async () => {
    officer = await suite.userPage('officer.helsefonden');
    await officer.getByText('Der er ingen programmer endnu.').waitFor();
    await expectAccessible(officer);
    await officer.getByRole('link', { name: 'Opret det første program' }).click();
    await h1(officer, 'Opret et program');
    await officer.getByRole('button', { name: 'Opret programmet' }).click();
    const name = officer.getByLabel('Navn', { exact: true });
    await officer.getByText('Skriv programmets navn.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(officer);
    await screenshot(officer, 'admin-01-new-programme-errors');

    await name.fill('Hjem til alle unge');
    expect(await officer.getByLabel(/Kort adresse/).inputValue()).toBe('hjem-til-alle-unge');
    await officer.reload();
    await h1(officer, 'Opret et program');
    await officer.getByText('Vi har hentet din ikke-gemte kladde fra denne browser.').waitFor();
    expect(await officer.getByLabel('Navn', { exact: true }).inputValue()).toBe('Hjem til alle unge');

    await officer.getByLabel('Problemet').fill('For mange unge står uden et sted at bo.');
    await officer.getByLabel('Visionen').fill('Ingen unge er hjemløse i 2030.');
    await officer.getByLabel('Temaer (adskilt med komma)').fill('hjemløshed, unge');
    await officer.getByLabel('Startdato').fill('2026-01-01');
    await officer.getByLabel('Mål 1: titel').fill('Flere unge i egen bolig');
    await officer.getByRole('button', { name: 'Tilføj et mål' }).click();
    await officer.getByLabel('Mål 2: titel').fill('Færre unge udsættes');
    await screenshot(officer, 'admin-02-new-programme-filled');
    await officer.getByRole('button', { name: 'Opret programmet' }).click();
    await h1(officer, 'Medlemmer – Hjem til alle unge');
    programmeId = new URL(officer.url()).pathname.split('/')[2] ?? '';
  }, 120_000);

  it('invites a municipality as data provider and the backbone organisation, with their roles', async () => {
    await officer.getByText(/Programmet har kun sin første bevillingsgiver som medlem/).waitFor();
    await officer.getByRole('button', { name: 'Inviter organisationen' }).click();
    await officer.getByText('Vælg en organisation.').waitFor();
    await expectAccessible(officer);

    const organisation = officer.getByLabel('Organisation', { exact: true });
    await organisation.selectOption({ label: 'Københavns Kommune' });
    await officer.getByRole('checkbox', { name: 'Dataleverandør', exact: true }).check();
    await officer.getByRole('button', { name: 'Inviter organisationen' }).click();
    const members = officer.getByRole('table', { name: 'Nuværende medlemmer og deres roller' });
    await members.getByRole('row', { name: /Københavns Kommune.*Dataleverandør/ }).waitFor();

    await organisation.selectOption({ label: 'Bryd Arven Sekretariatet' });
    await officer.getByRole('checkbox', { name: 'Backbone-organisation', exact: true }).check();
    await officer.getByRole('button', { name: 'Inviter organisationen' }).click();
    await members.getByRole('row', { name: /Bryd Arven Sekretariatet.*Backbone-organisation/ }).waitFor();
    await members.getByRole('row', { name: /Helsefonden.*Bevillingsgiver/ }).waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'admin-03-members');
  }, 60_000);

  it('edits the common agenda: the vision and the status', async () => {
    await officer.getByRole('link', { name: 'Oversigt', exact: true }).click();
    await h1(officer, 'Hjem til alle unge');
    await officer.getByRole('link', { name: 'Rediger dagsordenen' }).click();
    await h1(officer, 'Rediger dagsorden – Hjem til alle unge');
    expect(await officer.getByLabel('Mål 2: titel').inputValue()).toBe('Færre unge udsættes');
    await officer.getByLabel('Visionen').fill('Ingen unge er hjemløse i 2030, og ingen bliver det igen.');
    await officer.getByLabel('Status').selectOption({ label: 'Aktiv' });
    await officer.getByLabel('Backbone-organisation').selectOption({ label: 'Bryd Arven Sekretariatet' });
    await officer.getByLabel('Slutdato (valgfri)').fill('2025-12-31');
    await officer.getByText('Slutdatoen ligger før startdatoen.').waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'admin-04-edit-agenda');
    await officer.getByLabel('Slutdato (valgfri)').fill('2030-12-31');
    await officer.getByRole('button', { name: 'Gem dagsordenen' }).click();
    await h1(officer, 'Hjem til alle unge');
    await officer.getByText('Ingen unge er hjemløse i 2030, og ingen bliver det igen.').waitFor();
    await officer.locator('.badge', { hasText: 'Aktiv' }).first().waitFor();
    const saved = await call<{ backboneOrganisationId: string; endDate: string }>(
      suite.stack.gateway,
      'helsefonden',
      'GET',
      `/partners/programmes/${programmeId}`,
    );
    expect(saved).toMatchObject({
      backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      endDate: '2030-12-31',
    });
  }, 60_000);

  it('registers an activity for a member on a goal, which the goal map then shows', async () => {
    await officer.getByRole('link', { name: 'Aktiviteter', exact: true }).click();
    await h1(officer, 'Aktiviteter – Hjem til alle unge');
    await officer.getByText('Der er ingen aktiviteter endnu.', { exact: false }).waitFor();
    await expectAccessible(officer);
    await officer.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await officer.getByText('Vælg mindst ét mål, aktiviteten tjener.').waitFor();
    await officer.getByLabel('Medlem', { exact: true }).selectOption({ label: 'Københavns Kommune' });
    await officer.getByLabel('Titel', { exact: true }).fill('Boligrådgivning for unge');
    await officer.getByRole('checkbox', { name: 'Flere unge i egen bolig' }).check();
    await officer.getByLabel('Status', { exact: true }).selectOption({ label: 'I gang' });
    await officer.getByRole('button', { name: 'Registrer aktiviteten' }).click();
    await officer.getByRole('heading', { level: 3, name: 'Boligrådgivning for unge' }).waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'admin-05-activities');

    await officer.getByRole('link', { name: 'Oversigt', exact: true }).click();
    const map = officer.getByRole('table', { name: 'Mål og medlemmernes aktiviteter' });
    await map.getByRole('row', { name: /Flere unge i egen bolig.*✓ 1/ }).waitFor();
    await map.getByRole('row', { name: /Færre unge udsættes.*Ingen arbejder på målet/ }).waitFor();
  }, 60_000);

  it("shows who is who: each member's roles and contacts", async () => {
    await officer.getByRole('link', { name: 'Hvem er hvem', exact: true }).click();
    await h1(officer, 'Hvem er hvem – Hjem til alle unge');
    const kobenhavn = officer.getByRole('listitem').filter({
      has: officer.getByRole('heading', { level: 2, name: 'Københavns Kommune' }),
    });
    await kobenhavn.getByText('Mette Måler').waitFor();
    await kobenhavn.getByText(/Dataleverandør/).waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'admin-06-who-is-who');
  }, 60_000);
});

describe("a member's view of the set-up pages", () => {
  it("shows a municipal reporter the members and activities without the managers' controls, in English too", async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    expect(await reporter.getByRole('link', { name: 'Organisationer' }).count()).toBe(0);
    await reporter.getByRole('link', { name: 'Hjem til alle unge' }).click();
    await h1(reporter, 'Hjem til alle unge');
    expect(await reporter.getByRole('link', { name: 'Rediger dagsordenen' }).count()).toBe(0);
    await reporter.getByRole('link', { name: 'Medlemmer', exact: true }).click();
    await h1(reporter, 'Medlemmer – Hjem til alle unge');
    await reporter.getByRole('row', { name: /Københavns Kommune/ }).waitFor();
    expect(await reporter.getByRole('heading', { name: 'Inviter en organisation' }).count()).toBe(0);
    expect(await reporter.getByRole('button', { name: /Skift roller|Afslut medlemskab/ }).count()).toBe(0);

    // A member's own staff record its activities, for their own organisation only.
    await reporter.getByRole('link', { name: 'Aktiviteter', exact: true }).click();
    await h1(reporter, 'Aktiviteter – Hjem til alle unge');
    const member = reporter.getByLabel('Medlem', { exact: true });
    expect(await member.locator('option').allTextContents()).toEqual(['Københavns Kommune']);

    await reporter.getByRole('button', { name: 'English' }).click();
    await h1(reporter, 'Activities – Hjem til alle unge');
    await reporter.getByRole('button', { name: 'Register the activity' }).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'admin-10-reporter-activities-en');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programmeId}/edit`);
    await h1(reporter, 'Edit the agenda – Hjem til alle unge');
    await reporter
      .getByText("Only the programme's funders, its backbone and platform admins change the agenda.")
      .waitFor();
    expect(await reporter.getByRole('button', { name: 'Save the agenda' }).count()).toBe(0);
  }, 90_000);
});

describe('administering organisations in the portal', () => {
  let admin: Page;

  it('lets the platform admin find organisations and register one, with the CVR checked as typed', async () => {
    admin = await suite.userPage('platform.admin');
    await admin.getByRole('link', { name: 'Organisationer', exact: true }).click();
    await h1(admin, 'Organisationer');
    await admin.getByLabel('Søg efter navn eller CVR').fill('Køben');
    await admin.getByRole('button', { name: 'Søg', exact: true }).click();
    await admin.getByRole('link', { name: 'Københavns Kommune' }).waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'admin-07-organisations');

    // The list found downloads as Danish Excel CSV: the rows shown, the kommunekode as text.
    const downloads = admin.getByRole('group', { name: 'Hent organisationer' });
    const csv = await downloadFile(admin, downloads.getByRole('button', { name: 'Hent CSV' }));
    expect(csv.name).toBe('organisationer.csv');
    const { table } = readCsvTable(csv.bytes.toString('utf8'));
    expect(table.header).toEqual(['Navn', 'Type', 'CVR', 'Kommunekode', 'Status']);
    expect(table.rows).toEqual([['Københavns Kommune', 'Kommune', '', '101', '']]);
    // The table's wrapper is a named region a keyboard can reach and scroll.
    const region = admin.getByRole('region', { name: '1 organisationer' });
    expect(await region.getAttribute('tabindex')).toBe('0');

    await admin.getByRole('link', { name: 'Registrer en organisation' }).first().click();
    await h1(admin, 'Registrer en organisation');
    await admin.getByLabel('Navn', { exact: true }).fill('Vejle Kommune');
    await admin.getByLabel('Kommunekode (3 cifre)').fill('630');
    await admin.locator('#organisation-kommunekode-hint', { hasText: 'Vejle Kommune' }).waitFor();
    const cvr = admin.getByLabel('CVR-nummer (8 cifre)');
    await cvr.fill('29189898');
    const cvrError = admin.locator('#organisation-cvr-error');
    await cvrError.getByText(/Ikke et gyldigt CVR-nummer/).waitFor();
    expect(await cvr.getAttribute('aria-invalid')).toBe('true');
    expect(await cvr.getAttribute('aria-describedby')).toContain('organisation-cvr-error');
    await expectAccessible(admin);
    await screenshot(admin, 'admin-08-bad-cvr');

    // A kommunekode that is taken is the service's to find: its answer lands next to the field.
    await cvr.fill('54562519');
    expect(await cvrError.count()).toBe(0);
    await admin.getByLabel('Kommunekode (3 cifre)').fill('101');
    await admin.getByRole('button', { name: 'Registrer organisationen' }).click();
    await admin.locator('#organisation-kommunekode-error').waitFor();
    expect(await admin.getByLabel('Kommunekode (3 cifre)').getAttribute('aria-invalid')).toBe('true');
    await admin.getByLabel('Kommunekode (3 cifre)').fill('630');
    await admin.getByRole('button', { name: 'Registrer organisationen' }).click();
    await h1(admin, 'Vejle Kommune');
    await admin.getByText('Vejle Kommune har ingen kontaktpersoner endnu.', { exact: false }).waitFor();
    await expectAccessible(admin);
  }, 120_000);

  it("adds a contact to the organisation and changes the organisation's details", async () => {
    await admin.getByLabel('Navn', { exact: true }).first().waitFor();
    const form = admin.getByRole('form', { name: 'Tilføj en kontaktperson' });
    await form.getByLabel('Navn', { exact: true }).fill('Sofie Social');
    await form.getByLabel('E-mail', { exact: true }).fill('sofie@vejle.example');
    await form.getByLabel('Rolle (fx programleder)').fill('Programleder');
    await form.getByRole('button', { name: 'Tilføj kontaktpersonen' }).click();
    await admin.getByRole('row', { name: /Sofie Social.*Programleder/ }).waitFor();

    const details = admin.getByRole('form', { name: 'Oplysninger' });
    await details.getByLabel('Websted (valgfrit)').fill('https://www.vejle.dk');
    await details.getByRole('button', { name: 'Gem ændringerne' }).click();
    await details.getByText('Gemt.').waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'admin-09-organisation');
    const saved = await call<{ items: { website: string; regionCode: string }[] }>(
      suite.stack.gateway,
      'admin',
      'GET',
      `/partners/organisations?q=Vejle`,
    );
    expect(saved).toMatchObject({ items: [{ website: 'https://www.vejle.dk', regionCode: '1083' }] });

    await admin.getByRole('button', { name: 'Arkivér organisationen' }).click();
    await admin.getByRole('button', { name: 'Tag organisationen ud af arkivet' }).waitFor();
    await admin
      .getByText('Organisationen er arkiveret og kan ikke blive medlem af nye programmer.')
      .waitFor();
  }, 60_000);

  it('asks the platform admin which foundation funds a programme they create', async () => {
    await admin.goto(`${suite.stack.portalUrl}/programmes/new`);
    await h1(admin, 'Opret et program');
    const funder = admin.getByLabel('Bevillingsgiver (fond)');
    // The foundations are loaded after the form shows: wait for them before reading the options.
    await funder.locator('option', { hasText: 'Helsefonden' }).waitFor({ state: 'attached' });
    expect(await funder.locator('option').allTextContents()).toEqual(['Vælg …', 'Helsefonden']);
    await expectAccessible(admin);
  }, 60_000);
});
