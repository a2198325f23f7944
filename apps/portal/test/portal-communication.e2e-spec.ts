import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, setUpProgramme, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * Announcements and the calendar feed in a real browser against the real stack: the backbone's
 * coordinator writes an announcement in Markdown to the data providers; København's reporter
 * follows the inbox message to it and reads it rendered (no HTML let through); the coordinator
 * sees the read receipt. The reporter makes a calendar address, which a calendar program reads
 * (ical.js) with the programme's reporting deadline, and stops it again.
 */
let programme: DemoProgramme;

const suite = browserSuite('portal_communication', async (stack) => {
  programme = await setUpProgramme(stack.gateway);
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

const BODY = [
  '# Temadag',
  '',
  'Vi mødes **3. marts** i København.',
  '',
  '- Tilmelding på [temadagens side](https://example.dk/temadag)',
  '- <script>alert(1)</script>',
].join('\n');

describe('announcements and the calendar in the portal', () => {
  let coordinator: Page;

  it('lets the backbone write one to the data providers, checking the form first', async () => {
    coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/announcements`);
    await h1(coordinator, /^Opslag – /);
    await coordinator.getByText('Der er ingen opslag endnu.').waitFor();
    await coordinator.getByRole('button', { name: 'Udgiv opslaget' }).click();
    await coordinator.getByText('Skriv en overskrift').waitFor();
    expect(await coordinator.getByLabel('Overskrift').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coordinator);

    await coordinator.getByLabel('Overskrift').fill('Temadag om data');
    await coordinator.getByLabel('Tekst', { exact: true }).fill(BODY);
    const preview = coordinator.getByRole('region', { name: 'Forhåndsvisning' });
    await preview.getByRole('link', { name: 'temadagens side' }).waitFor();
    await coordinator.getByLabel('Dataleverandør').check();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'announcements-01-write');
    await coordinator.getByRole('button', { name: 'Udgiv opslaget' }).click();
    await coordinator.getByRole('link', { name: 'Temadag om data' }).waitFor();
  }, 120_000);

  it('reaches København’s reporter through the inbox, rendered safely, and records the reading', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/notifications`);
    const message = reporter.getByRole('link', { name: /Temadag om data/ });
    await message.waitFor({ timeout: 30_000 });
    await message.click();
    await h1(reporter, /^Temadag om data – /);
    const article = reporter.locator('article');
    expect(await article.locator('strong').textContent()).toBe('3. marts');
    expect(await article.getByRole('link', { name: 'temadagens side' }).getAttribute('href')).toBe(
      'https://example.dk/temadag',
    );
    await article.getByText('<script>alert(1)</script>').waitFor();
    expect(await reporter.locator('article script').count()).toBe(0);
    await expectAccessible(reporter);
    await screenshot(reporter, 'announcements-02-read');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/announcements`);
    await reporter.getByText('Læst', { exact: true }).waitFor();
    expect(await reporter.getByRole('heading', { name: 'Skriv et opslag' }).count()).toBe(0);
  }, 120_000);

  it('shows the backbone who has read it', async () => {
    await coordinator.getByRole('link', { name: 'Temadag om data' }).click();
    await h1(coordinator, /^Temadag om data – /);
    const receipts = coordinator.getByRole('table');
    await receipts.getByRole('rowheader', { name: 'Københavns Kommune' }).waitFor();
    await receipts.getByText(/reporter\.kobenhavn/).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'announcements-03-receipts');
  }, 60_000);

  it('gives the reporter a calendar address to subscribe to, and stops it', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/notifications/calendar`);
    await reporter.getByText('Du har ingen kalenderadresse.').waitFor();
    await expectAccessible(reporter);
    await reporter.getByRole('button', { name: 'Lav en kalenderadresse' }).click();
    const address = await reporter.getByLabel('Din kalenderadresse').inputValue();
    expect(address).toMatch(
      new RegExp(`^${suite.stack.portalUrl}/api/notifications/calendar/feeds/[A-Za-z0-9_-]{43}$`),
    );
    await reporter.getByText(/Din kalender er slået til/).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'calendar-01-address');
    const feed = await fetch(address);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]);
    const summaries = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary);
    expect(summaries).toContain('Indberetningsfrist 2026-Q2 – Bryd den negative sociale arv');
    await reporter.getByRole('button', { name: 'Stop kalenderen' }).click();
    await reporter.getByText('Du har ingen kalenderadresse.').waitFor();
    expect((await fetch(address)).status).toBe(404);
  }, 60_000);
});
