import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { call, setUpProgramme, browserSuite, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * The grants service's set-up screens in a real browser against the real stack: a foundation
 * officer commits funding and opens a call with weighted criteria, an NGO finds the call. Each
 * screen in Danish, checked by axe-core and at a phone's width; screenshots go to
 * .run/artefacts/portal/.
 */
let programme: DemoProgramme;

const CALL_TITLE = 'Værested for unge uden hjem 2027';

const suite = browserSuite(
  'portal-admin-grants',
  async (stack) => {
    programme = await setUpProgramme(stack.gateway);
    // Grants learns the programme and its funder from partners' events.
    await waitFor('grants to know Helsefonden as the programme’s funder', async () =>
      call(stack.gateway, 'helsefonden', 'GET', `/grants/programmes/${programme.id}/funding`).then(
        () => true,
        () => false,
      ),
    );
  },
  180_000,
);

/** At a phone's width (390 px) nothing reaches beyond the right edge; a screenshot shows it. */
async function expectFitsPhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, name);
  const wider = await page.evaluate<string[]>(`[...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > 390)
    .map((element) => element.tagName + '#' + element.id + '.' + element.className)`);
  expect(wider).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A datetime-local field's value for a time this many minutes from now, in the browser's (this machine's) time zone. */
function localTime(minutesFromNow: number): string {
  const time = new Date(Date.now() + minutesFromNow * 60_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** The NGO finds the call among the open calls and starts an application with this title. */
async function startApplication(ngo: Page, title: string): Promise<void> {
  await ngo.goto(`${suite.stack.portalUrl}/grants`);
  await ngo
    .getByRole('region', { name: 'Åbne ansøgningsrunder, du kan søge' })
    .getByRole('link', { name: CALL_TITLE })
    .click();
  await ngo.getByRole('button', { name: 'Start en ansøgning' }).click();
  await ngo.getByLabel('Titel').fill(title);
}

async function expectInvalid(page: Page, label: string, message: string | RegExp): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
  await expect(page.locator(`#${errorId}`).textContent()).resolves.toMatch(message);
}

describe('setting up grants in the portal', () => {
  let officer: Page;
  let ngo: Page;

  it('lets the officer commit funding on the Finansiering page: a bad amount and a bad period are told next to their fields, and nothing is sent', async () => {
    officer = await suite.userPage('officer.helsefonden');
    await officer.goto(`${suite.stack.portalUrl}/programmes/${programme.id}`);
    await officer.getByRole('link', { name: 'Finansiering' }).click();
    await officer
      .getByRole('heading', { level: 1, name: 'Finansiering – Bryd den negative sociale arv' })
      .waitFor();
    await officer.getByText('Ingen fond har givet tilsagn om midler til programmet endnu.').waitFor();
    await officer.getByRole('link', { name: 'Giv det første tilsagn' }).click();
    await expect(officer.evaluate<string>('document.activeElement.id')).resolves.toBe('commit-amount');
    await officer.getByText('For Helsefonden').waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'admin-grants-01-funding-empty');

    await officer.getByLabel('Beløb (kr.)').fill('ti millioner');
    await expectInvalid(officer, 'Beløb (kr.)', 'Skriv et beløb over 0 kr., fx 2.500.000.');
    await officer.getByRole('button', { name: 'Giv tilsagn' }).click();
    await expectInvalid(officer, 'Periodens start', 'Skal udfyldes.');
    await officer.getByLabel('Beløb (kr.)').fill('900.000.000.000.000');
    await officer.getByLabel('Periodens start').fill('2027-01-01');
    await officer.getByLabel('Periodens slut').fill('2026-12-31');
    await officer.getByRole('button', { name: 'Giv tilsagn' }).click();
    await expectInvalid(officer, 'Beløb (kr.)', 'Beløbet er for stort.');
    await expectInvalid(officer, 'Periodens slut', 'Må ikke ligge før periodens start.');
    // The form sent nothing: focus is on the first field to fix.
    await expect(officer.evaluate<string>('document.activeElement.id')).resolves.toBe('commit-amount');
    await expectAccessible(officer);
    await screenshot(officer, 'admin-grants-02-funding-error');
    await officer.getByLabel('Periodens slut').fill('2029-12-31');

    await officer.getByLabel('Beløb (kr.)').fill('10.000.000');
    await officer.getByRole('button', { name: 'Giv tilsagn' }).click();
    await officer.getByText(/^Tilsagnet på 10\.000\.000\s+kr\. er registreret\.$/).waitFor();
    const table = officer.getByRole('table', { name: 'Midler pr. bevillingsgiver' });
    await table
      .getByRole('row', { name: /^Helsefonden 10\.000\.000\s+kr\. 0\s+kr\. 0\s+kr\. 10\.000\.000\s+kr\.$/ })
      .waitFor();
    await expect(officer.getByLabel('Beløb (kr.)').inputValue()).resolves.toBe('');
    await expectAccessible(officer);
    await expectFitsPhone(officer, 'admin-grants-03-funding-390');
  }, 120_000);

  it('lets the officer create a call: weights’ shares shown live, a bad weight, a closing time past and the service’s answer told next to their fields, the draft kept through a reload', async () => {
    await officer.getByRole('link', { name: 'Opret en ansøgningsrunde' }).click();
    await officer
      .getByRole('heading', { level: 1, name: 'Ny ansøgningsrunde – Bryd den negative sociale arv' })
      .waitFor();
    await officer.getByLabel('Titel').fill(CALL_TITLE);
    await officer
      .getByLabel('Beskrivelse til ansøgerne')
      .fill('Tilskud til foreninger og kommuner, der driver væresteder for unge uden hjem.');
    await officer.getByLabel('Ramme (kr.)').fill('2.000.000');
    await officer.getByLabel('Kommuner').check();
    await officer.getByLabel('Foreninger og NGO’er').check();
    await officer.getByLabel('Kriterium 1', { exact: true }).fill('Effekt');
    await officer.getByLabel('Vægt, kriterium 1').fill('3');
    await officer.getByText('100 % af den samlede score').waitFor();
    await officer.getByRole('button', { name: 'Tilføj kriterium' }).click();
    await officer.getByLabel('Kriterium 2', { exact: true }).fill('Forankring');
    await officer.getByLabel('Vægt, kriterium 2').fill('0');
    await expectInvalid(officer, 'Vægt, kriterium 2', 'Skal være et helt tal fra 1 til 100.');
    await officer.getByLabel('Vægt, kriterium 2').fill('1');
    await officer.getByText('75 % af den samlede score').waitFor();
    await officer.getByText('25 % af den samlede score').waitFor();
    await officer.getByText('Vægte i alt: 4').waitFor();
    await expect(officer.getByLabel('Vægt, kriterium 2').getAttribute('aria-invalid')).resolves.toBeNull();

    // Kept in this browser: a fresh load shows what was typed.
    await officer.getByText(/^Kladden er gemt i denne browser/).waitFor();
    await officer.reload();
    await officer.getByLabel('Titel').waitFor();
    await expect(officer.getByLabel('Titel').inputValue()).resolves.toBe(CALL_TITLE);
    await expect(officer.getByLabel('Vægt, kriterium 2').inputValue()).resolves.toBe('1');
    await expect(officer.getByLabel('Foreninger og NGO’er').isChecked()).resolves.toBe(true);

    // A call that closed yesterday is refused by the form.
    await officer.getByLabel('Åbner').fill(localTime(-2 * 24 * 60));
    await officer.getByLabel('Lukker').fill(localTime(-24 * 60));
    await officer.getByRole('button', { name: 'Opret ansøgningsrunden' }).click();
    await expectInvalid(officer, 'Lukker', 'Skal ligge i fremtiden.');
    // A criterion's name longer than the service takes: its problem details name the field.
    await officer.getByLabel('Lukker').fill(localTime(30 * 24 * 60));
    await officer.getByLabel('Kriterium 2', { exact: true }).fill('Forankring '.repeat(20));
    await officer.getByRole('button', { name: 'Opret ansøgningsrunden' }).click();
    await officer.getByRole('alert').waitFor();
    // In the reader's language, not the contract's English (i18n/field-messages.ts).
    await expectInvalid(officer, 'Kriterium 2', 'Må højst have 200 tegn');
    await expect(officer.evaluate<string>('document.activeElement.id')).resolves.toBe('criterion-1-name');
    await expectAccessible(officer);
    await screenshot(officer, 'admin-grants-04-new-call-error');
    await expectFitsPhone(officer, 'admin-grants-05-new-call-390');
    await officer.getByLabel('Kriterium 2', { exact: true }).fill('Forankring');

    await officer.getByLabel('Åbner').fill(localTime(-1));
    await officer.getByLabel('Lukker').fill(localTime(30 * 24 * 60));
    await officer.getByRole('button', { name: 'Opret ansøgningsrunden' }).click();
    await officer.getByRole('heading', { level: 1, name: CALL_TITLE }).waitFor();
    await officer.getByText('Åben', { exact: true }).first().waitFor();
    await officer.getByText(/Effekt \(vægt 3\)/).waitFor();
    await officer.getByText(/Forankring \(vægt 1\)/).waitFor();
    // Once sent, the draft is gone.
    await expect(
      officer.evaluate<string | null>(`localStorage.getItem('samvirke.call-draft.${programme.id}')`),
    ).resolves.toBeNull();
  }, 120_000);

  it('lists the programme’s calls with their state under Ansøgningsrunder, in Danish and English', async () => {
    await officer.goto(`${suite.stack.portalUrl}/programmes/${programme.id}`);
    await officer.getByRole('link', { name: 'Ansøgningsrunder' }).click();
    const calls = officer.getByRole('table', { name: 'Programmets ansøgningsrunder' });
    await calls
      .getByRole('row', { name: new RegExp(`^${CALL_TITLE} Helsefonden Åben 2\\.000\\.000\\s+kr\\.`) })
      .waitFor();
    await officer.getByRole('link', { name: 'Opret en ansøgningsrunde' }).waitFor();
    await expectAccessible(officer);
    await expectFitsPhone(officer, 'admin-grants-06-calls-390');
    await screenshot(officer, 'admin-grants-06-calls');
    await officer.getByRole('button', { name: 'English' }).click();
    await officer
      .getByRole('heading', { level: 1, name: 'Grant calls – Bryd den negative sociale arv' })
      .waitFor();
    await officer
      .getByRole('table', { name: "The programme's grant calls" })
      .getByRole('row', { name: new RegExp(`^${CALL_TITLE} Helsefonden Open`) })
      .waitFor();
    await officer.getByRole('link', { name: 'Create a call' }).click();
    await officer.getByLabel('Weight, criterion 1').waitFor();
    await officer.getByText('Who may apply').waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'admin-grants-06-new-call-english');
    await officer.getByRole('button', { name: 'Dansk' }).click();
    await officer.getByRole('heading', { level: 1, name: /^Ny ansøgningsrunde/ }).waitFor();
  }, 60_000);

  it('shows the NGO member the open call, and no controls of the funder', async () => {
    ngo = await suite.userPage('member.ngo');
    await ngo.getByRole('link', { name: 'Tilskud' }).first().click();
    const open = ngo.getByRole('region', { name: 'Åbne ansøgningsrunder, du kan søge' });
    await open.getByRole('link', { name: CALL_TITLE }).click();
    await ngo.getByRole('heading', { level: 1, name: CALL_TITLE }).waitFor();
    await ngo.getByRole('button', { name: 'Start en ansøgning' }).waitFor();
    await expectAccessible(ngo);
    await screenshot(ngo, 'admin-grants-07-ngo-open-call');
    // The NGO is no member of the programme: its set-up pages tell it so and offer nothing to do.
    await ngo.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/calls/new`);
    await ngo.getByText('Findes ikke, eller du har ikke adgang.').waitFor();
    expect(await ngo.getByRole('button', { name: 'Opret ansøgningsrunden' }).count()).toBe(0);
  }, 90_000);

  it('lets the NGO withdraw its application, after asking once more', async () => {
    await startApplication(ngo, 'Natcafé i Nordvest');
    await ngo.getByText(/^Gemt \d/).waitFor();
    await ngo.getByRole('button', { name: 'Træk ansøgningen tilbage …' }).click();
    await expectAccessible(ngo);
    await ngo.getByRole('button', { name: 'Ja, træk den tilbage' }).click();
    await ngo.getByText('Trukket tilbage', { exact: true }).first().waitFor();
    expect(await ngo.getByRole('button', { name: 'Træk ansøgningen tilbage …' }).count()).toBe(0);
    const application = await call<{ status: string }[]>(
      suite.stack.gateway,
      'member',
      'GET',
      '/grants/applications',
    );
    expect(application.map((item) => item.status)).toEqual(['withdrawn']);
  }, 90_000);

  it('lets the officer see the submitted application at a phone’s width and reject it, the missing reason told next to its field', async () => {
    await startApplication(ngo, 'Natcafé på Nørrebro');
    await ngo.getByLabel('Beskrivelse').fill('Et varmt sted om natten for unge uden hjem, med frivillige.');
    await ngo.getByLabel('Ansøgt beløb (kr.)').fill('400.000');
    await ngo.getByRole('button', { name: 'Tilføj budgetpost' }).click();
    await ngo.getByLabel('Post 1', { exact: true }).fill('Husleje og drift');
    await ngo.getByLabel('Beløb, post 1 (kr.)').fill('400.000');
    await ngo.getByText(/^Gemt \d/).waitFor();
    await ngo.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    await ngo.getByRole('heading', { level: 2, name: 'Ansøgningen' }).waitFor();

    await officer.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/calls`);
    await officer.getByRole('link', { name: CALL_TITLE }).click();
    await officer.getByRole('link', { name: 'Natcafé på Nørrebro' }).click();
    await officer.getByRole('heading', { level: 2, name: 'Afgørelse' }).waitFor();
    await officer.getByLabel('Bevilget beløb (kr.)').waitFor();
    expect(await officer.getByRole('button', { name: 'Træk ansøgningen tilbage …' }).count()).toBe(0);
    await expectAccessible(officer);
    await expectFitsPhone(officer, 'admin-grants-08-application-decision-390');

    await officer.getByRole('button', { name: 'Giv afslag' }).click();
    await expectInvalid(officer, 'Begrundelse for afslag', 'Skriv en begrundelse på mindst 3 tegn.');
    await officer.getByLabel('Begrundelse for afslag').fill('Projektet ligger uden for rundens målgruppe.');
    await officer.getByRole('button', { name: 'Giv afslag' }).click();
    await officer.getByRole('heading', { level: 1, name: CALL_TITLE }).waitFor();
    await officer.getByRole('row', { name: /Natcafé på Nørrebro.*Afvist/ }).waitFor();
    await expectAccessible(officer);
  }, 120_000);

  let awardPath = '';

  it('lets the officer award with a co-funder’s share, a share beyond what the co-funder has left told next to its field', async () => {
    await addCoFunder();
    const applicationId = await submittedApplication();
    await officer.goto(`${suite.stack.portalUrl}/grants/applications/${applicationId}`);
    await officer.getByRole('heading', { level: 2, name: 'Afgørelse' }).waitFor();
    await officer.getByRole('button', { name: 'Tilføj medfinansierer' }).click();
    await officer
      .getByLabel('Medfinansierer 1', { exact: true })
      .selectOption(DEMO_ORGANISATIONS.bikubenfonden.id);
    await officer.getByLabel('Beløb fra medfinansierer 1 (kr.)').fill('5.000.000');
    await expectInvalid(
      officer,
      'Beløb fra medfinansierer 1 (kr.)',
      /^Fonden har kun 3\.000\.000\s+kr\. tilbage af sit tilsagn\.$/,
    );
    await officer.getByLabel('Beløb fra medfinansierer 1 (kr.)').fill('200.000');
    await officer.getByText(/^Helsefonden betaler: 400\.000\s+kr\.$/).waitFor();
    await expectAccessible(officer);
    await expectFitsPhone(officer, 'admin-grants-09-award-cofunding-390');
    await officer.getByRole('button', { name: 'Bevilg' }).click();
    await officer.getByRole('heading', { level: 1, name: 'Lektiecafé i Sydhavnen' }).waitFor();
    await officer
      .getByText('Bevillingen afventer, at medfinansiererne bekræfter deres andele.', { exact: false })
      .waitFor();
    // Only Bikubenfonden's officer answers for Bikubenfonden's share.
    expect(await officer.getByRole('button', { name: 'Bekræft andelen' }).count()).toBe(0);
    awardPath = new URL(officer.url()).pathname;
  }, 120_000);

  it('lets the co-funder’s officer confirm the share, a decline without a reason told next to its field', async () => {
    const coFunder = await suite.userPage('officer.bikubenfonden');
    await coFunder.goto(`${suite.stack.portalUrl}${awardPath}`);
    await coFunder.getByRole('heading', { level: 1, name: 'Lektiecafé i Sydhavnen' }).waitFor();
    await coFunder.getByRole('button', { name: 'Afslå andelen' }).click();
    await expectInvalid(coFunder, 'Begrundelse for afslag', 'Skriv hvorfor andelen afslås.');
    await expectAccessible(coFunder);
    await screenshot(coFunder, 'admin-grants-10-share-to-confirm');
    await coFunder.getByRole('button', { name: 'Bekræft andelen' }).click();
    await coFunder
      .getByText('Bevillingen afventer, at medfinansiererne bekræfter deres andele.', { exact: false })
      .waitFor({ state: 'detached' });
    await expect(coFunder.locator('.figures .badge').textContent()).resolves.toBe('Bevilget');
    expect(await coFunder.getByRole('button', { name: 'Bekræft andelen' }).count()).toBe(0);
  }, 90_000);
});

/** Bikubenfonden joins the programme as a funder and commits 3.000.000 kr. to it. */
async function addCoFunder(): Promise<void> {
  const bikuben = DEMO_ORGANISATIONS.bikubenfonden;
  await call(suite.stack.gateway, 'admin', 'POST', '/partners/organisations', bikuben);
  await call(suite.stack.gateway, 'coordinator', 'POST', `/partners/programmes/${programme.id}/members`, {
    organisationId: bikuben.id,
    roles: ['funder'],
  });
  await waitFor('grants to know Bikubenfonden as a funder', () =>
    call(suite.stack.gateway, 'bikubenfonden', 'POST', `/grants/programmes/${programme.id}/commitments`, {
      funderOrganisationId: bikuben.id,
      amountOre: 300_000_000,
      periodStart: '2027-01-01',
      periodEnd: '2028-12-31',
    }).then(
      () => true,
      () => false,
    ),
  );
}

/** Københavns Kommune applies to the call for 600.000 kr. (through the API: the browser part is tested elsewhere). */
async function submittedApplication(): Promise<string> {
  const calls = await call<{ id: string; title: string }[]>(
    suite.stack.gateway,
    'helsefonden',
    'GET',
    `/grants/programmes/${programme.id}/calls`,
  );
  const callId = calls.find((item) => item.title === CALL_TITLE)?.id ?? '';
  const application = await call<{ id: string }>(
    suite.stack.gateway,
    'reporterKobenhavn',
    'POST',
    `/grants/calls/${callId}/applications`,
    {
      applicantOrganisationId: DEMO_ORGANISATIONS.kobenhavn.id,
      title: 'Lektiecafé i Sydhavnen',
      description: 'Et sted for unge at være om eftermiddagen, med lektiehjælp.',
      requestedAmountOre: 60_000_000,
      budgetLines: [{ category: 'Personale', amountOre: 60_000_000 }],
    },
  );
  await call(
    suite.stack.gateway,
    'reporterKobenhavn',
    'POST',
    `/grants/applications/${application.id}/submit`,
  );
  return application.id;
}
