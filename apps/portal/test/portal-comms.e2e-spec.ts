import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, setUpProgramme, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * The weekly digest, announcement attachments and the unsubscribe page in a real browser against
 * the real stack: the backbone's coordinator writes an announcement with a file attached in the
 * editor; København's reporter downloads it byte for byte; the reporter chooses a weekly digest on
 * Fridays; an unsubscribe link that was tampered with tells the reader so, without a login.
 */
let programme: DemoProgramme;

const suite = browserSuite('portal_comms', async (stack) => {
  programme = await setUpProgramme(stack.gateway);
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const CSV = 'kommune;indberetninger\nKøbenhavn;12\nAarhus;9\n';

describe('digest, attachments and unsubscribing in the portal', () => {
  it('lets the backbone attach a file in the editor, and the reporter download it', async () => {
    const coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/announcements`);
    await h1(coordinator, /^Opslag – /);
    await coordinator.getByLabel('Overskrift').fill('Kvartalets tal');
    await coordinator.getByLabel('Tekst', { exact: true }).fill('Se tallene i bilaget.');
    await coordinator.getByLabel('Dataleverandør').check();
    await coordinator
      .getByLabel(/^Bilag \(PDF/)
      .setInputFiles({ name: 'Kvartalstal.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Udgiv opslaget' }).click();
    await coordinator.getByRole('link', { name: 'Kvartalets tal' }).click();
    await h1(coordinator, /^Kvartalets tal – /);
    await coordinator.getByRole('button', { name: 'Kvartalstal.csv' }).waitFor();
    await screenshot(coordinator, 'announcements-04-attachment');

    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/announcements`);
    await reporter.getByRole('link', { name: 'Kvartalets tal' }).click();
    await h1(reporter, /^Kvartalets tal – /);
    const [download] = await Promise.all([
      reporter.waitForEvent('download'),
      reporter.getByRole('button', { name: 'Kvartalstal.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kvartalstal.csv');
    expect(await readFile((await download.path()) ?? '', 'utf8')).toBe(CSV);
    // Readers download; only the managers attach.
    expect(await reporter.getByRole('button', { name: 'Vedhæft' }).count()).toBe(0);
    await expectAccessible(reporter);
  }, 180_000);

  it('saves a weekly digest on Fridays for the reporter', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/notifications/preferences`);
    await reporter.getByLabel('Samlet oversigt sendes').selectOption('weekly');
    await reporter.getByText('Gemt.').waitFor();
    await reporter.getByLabel('på ugedag').selectOption('5');
    await reporter.getByLabel('E-mail: Opslag fra programmerne').selectOption('digest');
    await reporter.reload();
    await reporter.getByLabel('på ugedag').waitFor();
    expect(await reporter.getByLabel('Samlet oversigt sendes').inputValue()).toBe('weekly');
    expect(await reporter.getByLabel('på ugedag').inputValue()).toBe('5');
    expect(await reporter.getByLabel('E-mail: Opslag fra programmerne').inputValue()).toBe('digest');
    await expectAccessible(reporter);
    await screenshot(reporter, 'preferences-02-weekly-digest');
  }, 60_000);

  it('tells a reader without a login that a tampered unsubscribe link is not valid', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(
      `${suite.stack.portalUrl}/afmeld/v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA`,
    );
    await h1(page, 'Afmeld e-mails');
    await page
      .getByRole('alert')
      .getByText(/Linket er ugyldigt/)
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'unsubscribe-01-invalid');
    await context.close();
  }, 60_000);
});
