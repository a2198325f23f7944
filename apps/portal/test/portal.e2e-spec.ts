import { waitFor } from '@samvirke/testing';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, screenshot, seriousViolations } from './portal-browser.js';
import {
  setUpGrantCall,
  setUpProgramme,
  startPortalStack,
  type DemoProgramme,
  type PortalStack,
} from './portal-stack.fixture.js';

/**
 * The portal in a real browser against the real stack: Keycloak's own login page, the gateway
 * and the services. Screenshots go to .run/artefacts/portal/.
 */
let stack: PortalStack;
let browser: Browser;
let programme: DemoProgramme;
const pages: Page[] = [];

beforeAll(async () => {
  stack = await startPortalStack('portal');
  programme = await setUpProgramme(stack.gateway);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await Promise.all(pages.map((page) => page.context().close()));
  await browser?.close();
  await stack?.stop();
});

async function userPage(
  username: string,
  loginScreenshot?: string,
  checkLoginPage?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await logIn(browser, stack.portalUrl, username, loginScreenshot, checkLoginPage);
  pages.push(page);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

// Danish Excel with the comment column: a comment with æøå and a line break (a quoted cell).
const CSV_WITH_ERROR =
  '\uFEFFindikator;opdeling;værdi;kommentar\r\n' +
  'unge-i-uddannelse;;1.250;"Skønnet: én skole\r\nmangler i Ørestad"\r\n' +
  'anbragte-boern;;-3;\r\n';

describe('the portal in a browser', () => {
  let reporter: Page;
  let funder: Page;
  let coordinator: Page;

  it('logs a municipal reporter in on Keycloak’s login page in the Samvirke theme, in Danish, with an accessible front page', async () => {
    reporter = await userPage('reporter.kobenhavn', '00-keycloak-login', async (login) => {
      expect(await login.title()).toBe('Log ind på Samvirke');
      await expect(login.locator('#kc-page-title').textContent()).resolves.toContain(
        'Log ind med din organisations konto',
      );
      const styles = await login.evaluate<string[]>(
        '[...document.querySelectorAll("link[rel=stylesheet]")].map((link) => link.href)',
      );
      expect(styles.some((href) => href.endsWith('/login/samvirke/css/samvirke.css'))).toBe(true);
      // The portal's brand blue on the button that logs in.
      await expect(
        login.evaluate<string>('getComputedStyle(document.querySelector("#kc-login")).backgroundColor'),
      ).resolves.toBe('rgb(11, 79, 138)');
      expect(await seriousViolations(login)).toEqual([]);
    });
    expect(await reporter.getAttribute('html', 'lang')).toBe('da');
    await reporter.getByRole('link', { name: 'Bryd den negative sociale arv' }).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, '01-reporter-programmes');
  }, 90_000);

  it('shows the programme: agenda, goals, members with roles and the goals × activities map', async () => {
    await reporter.getByRole('link', { name: 'Bryd den negative sociale arv' }).click();
    await reporter.getByRole('heading', { level: 1, name: 'Bryd den negative sociale arv' }).waitFor();
    const members = reporter.getByRole('table', { name: 'Programmets medlemmer og roller' });
    await members.getByRole('row', { name: /Københavns Kommune.*Dataleverandør/ }).waitFor();
    const map = reporter.getByRole('table', { name: 'Mål og medlemmernes aktiviteter' });
    await map.getByRole('row', { name: /Flere unge i uddannelse.*✓ 1/ }).waitFor();
    await map.getByText('Ingen arbejder på målet').waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, '02-programme');
  }, 60_000);

  it('checks values as the reporter types, shows the CSV’s row errors in place, and submits the fixed file', async () => {
    await reporter.getByRole('link', { name: 'Indberetning' }).first().click();
    // The programme's name is on its pages, not only on its overview.
    await reporter
      .getByRole('heading', { level: 1, name: 'Indberetning – Bryd den negative sociale arv' })
      .waitFor();
    await reporter.getByRole('link', { name: 'Periode 2026-Q2' }).click();
    await reporter.getByRole('heading', { level: 1, name: 'Indberetning for 2026-Q2' }).waitFor();
    const field = reporter.getByLabel('Unge i uddannelse (skal udfyldes)');
    await field.fill('12,5');
    await reporter.getByText('Skal være et helt tal.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('');
    await expectAccessible(reporter);

    await reporter.getByLabel('CSV-fil', { exact: true }).setInputFiles({
      name: 'koebenhavn-2026-Q2.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV_WITH_ERROR, 'utf8'),
    });
    const cell = reporter.getByLabel('Række 3, værdi');
    await cell.waitFor();
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(await reporter.locator('tr.has-error').count()).toBe(1);
    await screenshot(reporter, '03-csv-row-error');
    await expectAccessible(reporter);

    await cell.fill('3');
    await reporter.getByRole('button', { name: 'Send rettet fil' }).click();
    await reporter.getByText('Filen er gemt som kladde.').waitFor();
    const history = reporter.getByRole('table', { name: 'Alle versioner, nyeste først' });
    await history.getByRole('row', { name: /^1 Kladde/ }).waitFor();
    await expect(reporter.getByLabel('Unge i uddannelse (skal udfyldes)').inputValue()).resolves.toBe('1250');
    // The comment came through the corrected file and shows with its value in the form.
    await expect(reporter.getByLabel('Kommentar til Unge i uddannelse').inputValue()).resolves.toBe(
      'Skønnet: én skole\nmangler i Ørestad',
    );
    await reporter.getByRole('button', { name: 'Indsend' }).click();
    await reporter.getByText('Indsendt til godkendelse.').waitFor();
    await history.getByRole('row', { name: /^1 Indsendt/ }).waitFor();
    await screenshot(reporter, '04-submitted');
  }, 90_000);

  it('shows the funder the dashboard before approval: nothing approved yet', async () => {
    funder = await userPage('officer.helsefonden');
    await funder.goto(`${stack.portalUrl}/programmes/${programme.id}/progress`);
    await funder
      .getByRole('heading', { level: 1, name: 'Fremdrift – Bryd den negative sociale arv' })
      .waitFor();
    await funder.getByText('0 af 1 dataleverandører godkendt').waitFor();
    await expect(funder.getByTestId('aggregate-unge-i-uddannelse').textContent()).resolves.toBe('–');
    await expectAccessible(funder);
    await screenshot(funder, '05-dashboard-before');
  }, 90_000);

  it('lets the backbone coordinator approve the submission from the queue', async () => {
    coordinator = await userPage('coordinator.backbone');
    await coordinator.getByRole('link', { name: 'Godkendelser' }).first().click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Godkendelser – Bryd den negative sociale arv' })
      .waitFor();
    const approve = coordinator.getByRole('button', { name: 'Godkend Københavns Kommune' });
    await approve.waitFor();
    await coordinator.getByRole('cell', { name: /Skønnet: én skole\s+mangler i Ørestad/ }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, '06-approval-queue');
    await approve.click();
    await coordinator.getByText('Ingen indberetninger venter.').waitFor();
  }, 90_000);

  it('shows the funder the dashboard changed: the total, attainment, completeness and "<5" for a small count', async () => {
    await funder.getByRole('button', { name: 'Opdater' }).click();
    await funder.getByText('1 af 1 dataleverandører godkendt').waitFor();
    await expect(funder.getByTestId('aggregate-unge-i-uddannelse').textContent()).resolves.toBe('1.250');
    await funder.getByText('50 %', { exact: true }).first().waitFor();
    // Three children in care is a small number: the funder sees "<5", never the count.
    const bars = funder.getByRole('img', { name: /Anbragte børn pr\. organisation/ });
    await expect(bars.textContent()).resolves.toContain('<5');
    await expect(funder.locator('body').textContent()).resolves.not.toMatch(/Københavns Kommune: 3\b/);
    await expectAccessible(funder);
    await screenshot(funder, '07-dashboard-after');
  }, 90_000);

  it('switches to English and back, setting the page language', async () => {
    await funder.getByRole('button', { name: 'English' }).click();
    await funder.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    expect(await funder.getAttribute('html', 'lang')).toBe('en');
    await screenshot(funder, '08-dashboard-english');
    await funder.getByRole('button', { name: 'Dansk' }).click();
    await funder.getByRole('heading', { level: 1, name: 'Fremdrift' }).waitFor();
    expect(await funder.getAttribute('html', 'lang')).toBe('da');
  }, 30_000);

  it('lets a municipality apply to an open call, saving the draft as it types, and submit it', async () => {
    await setUpGrantCall(stack.gateway, programme.id);
    await reporter.getByRole('link', { name: 'Tilskud' }).first().click();
    await reporter.getByRole('link', { name: 'Lektiehjælp i udsatte boligområder 2026' }).click();
    await reporter.getByRole('button', { name: 'Start en ansøgning' }).click();
    await reporter.getByRole('heading', { level: 2, name: 'Ansøgning' }).waitFor();
    await reporter.getByLabel('Titel').fill('Lektiecaféer i Tingbjerg');
    await reporter
      .getByLabel('Beskrivelse')
      .fill('Frivillige og lærere hjælper børn med lektier fire dage om ugen.');
    await reporter.getByLabel('Ansøgt beløb (kr.)').fill('abc');
    await reporter.getByText('Skriv et beløb i kroner, fx 250.000.').waitFor();
    await reporter.getByLabel('Ansøgt beløb (kr.)').fill('750.000');
    await reporter.getByRole('button', { name: 'Tilføj budgetpost' }).click();
    await reporter.getByLabel('Post 1', { exact: true }).fill('Lektiehjælpere');
    await reporter.getByLabel('Beløb, post 1 (kr.)').fill('500.000');
    await reporter
      .getByText(/^Budgetposterne giver 500\.000\s+kr\., men der søges 750\.000\s+kr\.$/)
      .waitFor();
    await reporter.getByLabel('Beløb, post 1 (kr.)').fill('750.000');
    await reporter.getByText(/^Gemt \d/).waitFor();
    // Saved as it was typed: a fresh load shows the draft.
    await reporter.reload();
    await reporter.getByLabel('Titel').waitFor();
    await expect(reporter.getByLabel('Titel').inputValue()).resolves.toBe('Lektiecaféer i Tingbjerg');
    await expect(reporter.getByLabel('Ansøgt beløb (kr.)').inputValue()).resolves.toBe('750000');
    await expectAccessible(reporter);
    await screenshot(reporter, '10-application-draft');
    await reporter.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    await reporter.getByRole('heading', { level: 2, name: 'Ansøgningen' }).waitFor();
    await reporter.getByText('Indsendt', { exact: true }).first().waitFor();
  }, 90_000);

  it('lets an NGO outside the programme find the open call, start an application and find its draft under Mine ansøgninger', async () => {
    const ngo = await userPage('member.ngo');
    await ngo.getByRole('link', { name: 'Tilskud' }).first().click();
    const open = ngo.getByRole('region', { name: 'Åbne ansøgningsrunder, du kan søge' });
    await open.getByText('Bryd den negative sociale arv · Helsefonden').waitFor();
    await expectAccessible(ngo);
    await open.getByRole('link', { name: 'Lektiehjælp i udsatte boligområder 2026' }).click();
    // The call's page names its programme and foundation, though the NGO is no member of it.
    await ngo.locator('p.lead', { hasText: 'Bryd den negative sociale arv · Helsefonden' }).waitFor();
    await ngo.getByRole('button', { name: 'Start en ansøgning' }).click();
    await ngo.getByLabel('Titel').fill('Natcafé for unge uden hjem');
    await ngo.getByText(/^Gemt \d/).waitFor();
    await ngo.getByRole('link', { name: 'Tilskud' }).first().click();
    await ngo.getByRole('link', { name: 'Mine ansøgninger' }).click();
    const mine = ngo.getByRole('table', { name: 'Din organisations ansøgninger' });
    await mine
      .getByRole('row', {
        name: /Natcafé for unge uden hjem.*Lektiehjælp i udsatte boligområder 2026.*Kladde/,
      })
      .waitFor();
    await expectAccessible(ngo);
    await screenshot(ngo, '11-ngo-own-applications');
  }, 90_000);

  let awardUrl = '';

  it('lets the funder pick a reviewer and award the application in tranches of its choosing, conditions picked from the programme’s indicators', async () => {
    await funder.getByRole('link', { name: 'Tilskud' }).first().click();
    await funder.getByRole('link', { name: 'Lektiehjælp i udsatte boligområder 2026' }).click();
    await funder.getByRole('link', { name: 'Lektiecaféer i Tingbjerg' }).waitFor();
    // The call's own foundation decides on the applications; it is not offered to apply.
    expect(await funder.getByRole('button', { name: 'Start en ansøgning' }).count()).toBe(0);
    await funder.getByRole('link', { name: 'Lektiecaféer i Tingbjerg' }).click();
    await funder.getByRole('heading', { level: 2, name: 'Afgørelse' }).waitFor();
    await funder.getByLabel('Tildel bedømmer').selectOption({ label: 'Frida Fondsen (Helsefonden)' });
    await funder.getByRole('button', { name: 'Tildel', exact: true }).click();
    await funder.getByText('Under vurdering', { exact: true }).first().waitFor();
    await expectAccessible(funder);
    await funder.getByLabel('Bevilget beløb (kr.)').fill('600000');
    await funder.getByRole('button', { name: 'Tilføj betingelse' }).click();
    await funder.getByLabel('Indikator, betingelse 1').selectOption({ label: 'Unge i uddannelse' });
    await funder.getByLabel('Periode, betingelse 1').fill('2026');
    await funder.getByText('Skriv en periode som indikatoren indberettes for, fx 2026-Q3.').waitFor();
    await funder.getByLabel('Periode, betingelse 1').fill('2026-Q3');
    await funder.getByRole('button', { name: 'Tilføj rate' }).click();
    await funder.getByRole('button', { name: 'Fordel beløbet ligeligt' }).click();
    await expect(funder.getByLabel('Beløb, rate 3 (kr.)').inputValue()).resolves.toBe('200000');
    await funder.getByLabel('Rate 3 venter på betingelse 1').check();
    await expectAccessible(funder);
    await funder.getByRole('button', { name: 'Bevilg' }).click();
    await funder.waitForURL(/\/grants\/awards\//);
    awardUrl = funder.url();
    const tranches = funder.getByRole('table', { name: 'Rater og deres status' });
    await tranches.getByRole('row', { name: /^3 .*200\.000\s+kr\..*betingelse-1.*Afventer/ }).waitFor();
    await funder
      .getByText(/betingelse-1: godkendt indberetning af Unge i uddannelse \(unge-i-uddannelse\) for 2026-Q3/)
      .waitFor();
    expect(await funder.getByText('Betingelser der ikke kan opfyldes').count()).toBe(0);
    await expectAccessible(funder);
    await screenshot(funder, '11-award');
    // The first two tranches have no condition: they can be paid at once.
    await funder.getByLabel('Betalingsreference').first().fill('HF-2026-0001');
    await funder.getByRole('button', { name: 'Registrér udbetaling' }).first().click();
    await tranches.getByRole('row', { name: /^1 .*Udbetalt · HF-2026-0001/ }).waitFor();
  }, 90_000);

  it('lets the grantee read and accept the grant agreement, which the funder then sees accepted', async () => {
    await reporter.goto(awardUrl);
    const agreement = reporter.getByRole('region', { name: 'Tilskudsaftale' });
    await agreement
      .getByRole('listitem')
      .filter({ hasText: /^Helsefonden: 600\.000\s+kr\.$/ })
      .waitFor();
    await agreement
      .getByText(/betingelse-1: godkendt indberetning af unge-i-uddannelse for 2026-Q3/)
      .waitFor();
    await expectAccessible(reporter);
    await agreement.getByRole('button', { name: 'Acceptér tilskudsaftalen' }).click();
    await agreement
      .getByRole('status')
      .filter({ hasText: /^Accepteret .* af reporter\.kobenhavn\.$/ })
      .waitFor();
    await screenshot(reporter, '11-agreement-accepted');
    await funder.reload();
    await funder
      .getByRole('region', { name: 'Tilskudsaftale' })
      .getByText(/^Accepteret .* af reporter\.kobenhavn\.$/)
      .waitFor();
    expect(await funder.getByRole('button', { name: 'Acceptér tilskudsaftalen' }).count()).toBe(0);
  }, 60_000);

  it("shows the funder the programme's funding overview: committed, awarded, paid and left, in whole kroner", async () => {
    await funder.goto(`${stack.portalUrl}/programmes/${programme.id}`);
    await funder.getByRole('link', { name: 'Finansiering' }).click();
    await funder
      .getByRole('heading', { level: 1, name: 'Finansiering – Bryd den negative sociale arv' })
      .waitFor();
    const table = funder.getByRole('table', { name: 'Midler pr. bevillingsgiver' });
    await table
      .getByRole('row', {
        name: /^Helsefonden 10\.000\.000\s+kr\. 600\.000\s+kr\. 200\.000\s+kr\. 9\.400\.000\s+kr\.$/,
      })
      .waitFor();
    await expectAccessible(funder);
    await screenshot(funder, '11-funding');
  }, 60_000);

  it("shows the foundation's board: its call's money and applications by status, and the tranches still to pay", async () => {
    await funder.getByRole('link', { name: 'Tilskud' }).first().click();
    await funder.getByRole('link', { name: 'Bestyrelsesoverblik' }).click();
    await funder.getByRole('heading', { level: 1, name: 'Bestyrelsesoverblik' }).waitFor();
    const figures = funder.getByRole('region', { name: 'Nøgletal' });
    await figures.getByText(/^4\.400\.000\s+kr\.$/).waitFor();
    const calls = funder.getByRole('table', { name: 'Ansøgningsrunder' });
    await calls
      .getByRole('row', {
        name: /^Lektiehjælp i udsatte boligområder 2026 .*Bevilget: 1.* 5\.000\.000\s+kr\. 600\.000\s+kr\. 4\.400\.000\s+kr\. 0\s+kr\.$/,
      })
      .waitFor();
    // The first tranche is paid; the second may be paid now, on a bank day; the third waits for Q3 data.
    const tranches = funder.getByRole('table', { name: 'Udestående rater' });
    await tranches
      .getByRole('row', { name: /^.+ 2 Kan udbetales 200\.000\s+kr\. 200\.000\s+kr\./ })
      .waitFor();
    await tranches
      .getByRole('row', { name: /^.+ 3 Afventer 200\.000\s+kr\. 200\.000\s+kr\. .* – 400\.000\s+kr\.$/ })
      .waitFor();
    expect(await tranches.getByRole('row').count()).toBe(3);
    await funder.getByText('Ingen ansøgninger afventer afgørelse.').waitFor();
    await expectAccessible(funder);
    await screenshot(funder, '11-board');
  }, 60_000);

  it('tells the reporter in the inbox that the report was approved, and saves notification preferences', async () => {
    await reporter.getByRole('link', { name: 'Beskeder' }).first().click();
    await reporter.getByRole('heading', { level: 2, name: 'Indbakke' }).waitFor();
    const approved = reporter.getByRole('heading', {
      level: 3,
      name: /Indberetningen for 2026-Q2 er godkendt/,
    });
    // Notifications learns of the approval over Kafka; the inbox is read again until it is there.
    await waitFor(
      'the approval in the inbox',
      async () => {
        if ((await approved.count()) > 0) return true;
        await reporter.getByRole('button', { name: 'Opdater' }).click();
        return false;
      },
      { timeoutMs: 60_000, intervalMs: 1_000 },
    );
    await expectAccessible(reporter);
    await screenshot(reporter, '12-inbox');
    await reporter
      .getByRole('button', { name: 'Markér "Indberetningen for 2026-Q2 er godkendt" som læst' })
      .click();
    await reporter
      .getByRole('button', { name: 'Markér "Indberetningen for 2026-Q2 er godkendt" som læst' })
      .waitFor({ state: 'detached' });
    // The notification leads to what it is about: the period's report.
    await approved.getByRole('link').click();
    await reporter.getByRole('heading', { level: 1, name: 'Indberetning for 2026-Q2' }).waitFor();
    await reporter.getByRole('link', { name: 'Beskeder' }).first().click();
    await reporter.getByRole('link', { name: 'Indstillinger' }).click();
    const reminders = reporter.getByLabel('E-mail: Påmindelser om indberetning');
    await reminders.selectOption('digest');
    await reporter.getByText('Gemt.').waitFor();
    expect(await reminders.inputValue()).toBe('digest');
    // Saved on the server: a fresh load shows it.
    await reporter.reload();
    await reporter.getByLabel('E-mail: Påmindelser om indberetning').waitFor();
    expect(await reporter.getByLabel('E-mail: Påmindelser om indberetning').inputValue()).toBe('digest');
    expect(await reporter.getByLabel('E-mail: Indberetning over fristen').isDisabled()).toBe(true);
    await expectAccessible(reporter);
    await screenshot(reporter, '13-preferences');
  }, 120_000);

  it('offers keyboard users a skip link to the content as the first stop', async () => {
    await coordinator.goto(`${stack.portalUrl}/programmes/${programme.id}`);
    await coordinator.getByRole('heading', { level: 1, name: 'Bryd den negative sociale arv' }).waitFor();
    await coordinator.keyboard.press('Tab');
    await expect(coordinator.evaluate<string>('document.activeElement.textContent')).resolves.toBe(
      'Spring til indhold',
    );
    await coordinator.keyboard.press('Enter');
    await expect(coordinator.evaluate<string>('document.activeElement.id')).resolves.toBe('main');
  }, 60_000);

  it('lets the backbone return a corrected report with a comment that the reporter then sees', async () => {
    const report = `${stack.portalUrl}/programmes/${programme.id}/reporting/${programme.periodId}`;
    await reporter.goto(report);
    await reporter.getByLabel('Unge i uddannelse (skal udfyldes)').fill('1300');
    await reporter.getByRole('button', { name: 'Indsend' }).click();
    await reporter.getByText('Indsendt til godkendelse.').waitFor();
    const history = reporter.getByRole('table', { name: 'Alle versioner, nyeste først' });
    await history.getByRole('row', { name: /^2 Indsendt/ }).waitFor();

    await coordinator.goto(`${stack.portalUrl}/programmes/${programme.id}/approvals`);
    await coordinator.getByRole('button', { name: 'Send retur med kommentar' }).click();
    const comment = coordinator.getByLabel('Kommentar til indberetteren');
    await comment.fill('ok');
    await coordinator.getByText('Skriv mindst 3 tegn.').waitFor();
    expect(await coordinator.getByRole('button', { name: 'Send retur', exact: true }).isDisabled()).toBe(
      true,
    );
    await comment.fill('Tallet for unge i uddannelse er steget meget – tjek det venligst.');
    await coordinator.getByRole('button', { name: 'Send retur', exact: true }).click();
    await coordinator.getByText('Ingen indberetninger venter.').waitFor();

    await reporter.reload();
    await reporter
      .getByText('Tallet for unge i uddannelse er steget meget – tjek det venligst.')
      .first()
      .waitFor();
    await history.getByRole('row', { name: /^2 Sendt retur/ }).waitFor();
    await history.getByRole('row', { name: /^1 Godkendt/ }).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, '14-returned-with-comment');
  }, 90_000);

  it('fits a phone screen: the header one row with a menu button, no sideways scrolling, tables’ buttons in reach', async () => {
    await reporter.setViewportSize({ width: 390, height: 740 });
    await reporter.goto(`${stack.portalUrl}/programmes/${programme.id}/reporting/${programme.periodId}`);
    await reporter.getByRole('heading', { level: 1, name: 'Indberetning for 2026-Q2' }).waitFor();
    const overflow = await reporter.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const header = await reporter.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(80);
    expect(await reporter.getByRole('link', { name: 'Tilskud' }).isVisible()).toBe(false);
    const menu = reporter.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await screenshot(reporter, '09-reporting-phone-menu');
    await reporter.getByRole('link', { name: 'Tilskud' }).click();
    await reporter.getByRole('heading', { level: 1, name: 'Tilskud' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await screenshot(reporter, '09-grants-phone');

    // A wide table's row actions stay on the screen: the tranches stack on a phone.
    await funder.setViewportSize({ width: 390, height: 740 });
    await funder.goto(awardUrl);
    const pay = funder.getByRole('button', { name: 'Registrér udbetaling' });
    await pay.waitFor();
    const box = await pay.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    await screenshot(funder, '09-award-phone');
  }, 60_000);
});
