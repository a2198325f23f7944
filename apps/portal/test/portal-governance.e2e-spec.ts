import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, setUpProgramme, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * Governance in a real browser against the real stack: the backbone's coordinator sets up a
 * steering group, seats København's representative, schedules a meeting with agenda and a document,
 * enters a decision linked to a goal and gives København an action item; København's reporter reads
 * it all without any form to write with, and opens the meeting with its agenda and document.
 */
let programme: DemoProgramme;

const suite = browserSuite('portal_governance', async (stack) => {
  programme = await setUpProgramme(stack.gateway);
});

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const section = (page: Page, name: string) => page.getByRole('region', { name });

describe('governance in the portal', () => {
  it('lets the backbone set up a body, a meeting, a decision and an action item', async () => {
    const coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/governance`);
    await h1(coordinator, /^Styring – /);
    const body = section(coordinator, 'Nyt organ');
    await body.getByRole('button', { name: 'Opret organet' }).click();
    expect(await body.getByLabel('Navn').getAttribute('aria-invalid')).toBe('true');
    await body.getByLabel('Type').selectOption({ label: 'Styregruppe' });
    await body.getByLabel('Navn').fill('Styregruppen');
    await body.getByRole('button', { name: 'Opret organet' }).click();
    await coordinator.getByRole('rowheader', { name: 'Styregruppen' }).waitFor();

    const seat = section(coordinator, 'Tilføj et medlem til et organ');
    await seat.getByLabel('Organ', { exact: true }).selectOption({ label: 'Styregruppen' });
    await seat.getByLabel('Organisation').selectOption({ label: 'Københavns Kommune' });
    await seat.getByLabel('Person').fill('Sara Nielsen');
    await seat.getByLabel('Rolle').selectOption({ label: 'Formand' });
    await seat.getByRole('button', { name: 'Tilføj medlemmet' }).click();
    await coordinator.getByText('Sara Nielsen (Københavns Kommune, Formand)').waitFor();

    const meeting = section(coordinator, 'Indkald til møde');
    await meeting.getByLabel('Organ', { exact: true }).selectOption({ label: 'Styregruppen' });
    await meeting.getByLabel('Titel', { exact: true }).fill('Første styregruppemøde');
    await meeting.getByLabel('Starter').fill('2027-03-02T13:00');
    await meeting.getByLabel('Slutter').fill('2027-03-02T15:00');
    await meeting.getByLabel(/^Dagsorden/).fill('Velkomst\nStatus på målene');
    await meeting.getByLabel(/^Dokumenter/).fill('Statusnotat | https://example.dk/status.pdf');
    await meeting.getByRole('button', { name: 'Indkald' }).click();
    await coordinator.getByRole('link', { name: 'Første styregruppemøde' }).waitFor();

    const decision = section(coordinator, 'Før en beslutning til loggen');
    await decision.getByLabel('Beslutning', { exact: true }).fill('Mentorindsatsen udvides');
    await decision.getByLabel('Besluttet den').fill('2026-12-01');
    await decision.getByLabel('Vedrører målet').selectOption({ label: 'Flere unge i uddannelse' });
    await decision.getByRole('button', { name: 'Før til loggen' }).click();
    await coordinator.getByRole('rowheader', { name: 'Mentorindsatsen udvides' }).waitFor();

    const item = section(coordinator, 'Ny opgave');
    await item.getByLabel('Opgave', { exact: true }).fill('Find lokaler');
    await item.getByLabel('Ansvarlig organisation').selectOption({ label: 'Københavns Kommune' });
    await item.getByLabel('Ansvarlig person').fill('Sara Nielsen');
    await item.getByLabel('Frist', { exact: true }).fill('2027-01-15');
    await item.getByRole('button', { name: 'Giv opgaven' }).click();
    await coordinator.getByRole('rowheader', { name: 'Find lokaler' }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'governance-01-backbone');
  }, 180_000);

  it('shows København’s reporter the bodies, the log and the meeting, with nothing to write', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/governance`);
    await h1(reporter, /^Styring – /);
    await reporter.getByRole('rowheader', { name: 'Mentorindsatsen udvides' }).waitFor();
    await reporter.getByText('Flere unge i uddannelse').first().waitFor();
    await reporter.getByRole('rowheader', { name: 'Find lokaler' }).waitFor();
    expect(await reporter.getByRole('heading', { name: 'Nyt organ' }).count()).toBe(0);
    await expectAccessible(reporter);
    await reporter.getByRole('link', { name: 'Første styregruppemøde' }).click();
    await h1(reporter, /^Første styregruppemøde – /);
    await reporter.getByRole('listitem').filter({ hasText: 'Status på målene' }).waitFor();
    expect(await reporter.getByRole('link', { name: 'Statusnotat' }).getAttribute('href')).toBe(
      'https://example.dk/status.pdf',
    );
    await reporter.getByText('Intet referat endnu.').waitFor();
    expect(await reporter.getByRole('heading', { name: 'Skriv referatet' }).count()).toBe(0);
    await expectAccessible(reporter);
    await screenshot(reporter, 'governance-02-meeting');
  }, 120_000);
});
