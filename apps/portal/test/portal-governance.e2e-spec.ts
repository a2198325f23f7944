import type { Page } from 'playwright-core';
import { HEALTH_CHECK_ITEM_SETS } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, setUpProgramme, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * Governance in a real browser against the real stack: the backbone's coordinator sets up a
 * steering group, seats København's representative, schedules a meeting with agenda and a document,
 * enters a decision linked to a goal and gives København an action item; København's reporter reads
 * it all without any form to write with, and opens the meeting with its agenda and document.
 * The health check: the coordinator opens a round, København's reporter answers it in the form
 * (after four others through the API), the coordinator closes it and sees the results per
 * condition with their bars, and records a follow-up action.
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

const day = (offset: number) => {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

describe('the health check in the portal', () => {
  it('lets members answer a round anonymously and the backbone close it, read the results and follow up', async () => {
    const gateway = suite.stack.gateway;
    await call(gateway, 'admin', 'POST', '/partners/organisations', {
      id: DEMO_ORGANISATIONS.aarhus.id,
      name: DEMO_ORGANISATIONS.aarhus.name,
      type: DEMO_ORGANISATIONS.aarhus.type,
      kommunekode: '751',
    });
    for (const [organisationId, roles] of [
      [DEMO_ORGANISATIONS.ngo.id, ['implementing-partner']],
      [DEMO_ORGANISATIONS.aarhus.id, ['data-provider']],
    ] as const)
      await call(gateway, 'coordinator', 'POST', `/partners/programmes/${programme.id}/members`, {
        organisationId,
        roles,
      });

    const coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/health-check`);
    await h1(coordinator, /^Sundhedstjek – /);
    const open = section(coordinator, 'Åbn en runde');
    await open.getByLabel('Rundens navn').fill('Sundhedstjek 2026');
    await open.getByLabel('Åbner').fill(day(0));
    await open.getByLabel('Lukker').fill(day(14));
    await open.getByRole('button', { name: 'Åbn runden' }).click();
    await coordinator.getByRole('rowheader', { name: 'Sundhedstjek 2026' }).waitFor();

    const [round] = await call<{ id: string }[]>(
      gateway,
      'coordinator',
      'GET',
      `/partners/programmes/${programme.id}/health-check/rounds`,
    );
    const items = HEALTH_CHECK_ITEM_SETS[1]?.items ?? [];
    for (const [index, user] of (
      ['helsefonden', 'coordinator', 'reporterAarhus', 'member'] as const
    ).entries())
      await call(
        gateway,
        user,
        'POST',
        `/partners/programmes/${programme.id}/health-check/rounds/${round?.id}/responses`,
        {
          answers: Object.fromEntries(items.map((item) => [item.id, index + 1])),
        },
      );

    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/health-check`);
    const form = section(reporter, 'Svar på Sundhedstjek 2026');
    await form.getByRole('button', { name: 'Send mine svar' }).click();
    expect(await form.getByText('Vælg et svar').count()).toBe(items.length);
    for (const item of items)
      await form
        .getByRole('group', { name: item.text.da, exact: true })
        .getByLabel('Helt enig', { exact: true })
        .check();
    await expectAccessible(reporter);
    await form.getByRole('button', { name: 'Send mine svar' }).click();
    await reporter.getByText('Tak – du har svaret på Sundhedstjek 2026.').waitFor();
    expect(await reporter.getByRole('heading', { name: 'Åbn en runde' }).count()).toBe(0);

    await coordinator.reload();
    await coordinator.getByRole('cell', { name: 'Åben (5 svar)' }).first().waitFor();
    const close = section(coordinator, 'Luk en runde');
    await close.getByLabel('Runde', { exact: true }).selectOption({ label: 'Sundhedstjek 2026' });
    await close.getByRole('button', { name: 'Luk runden' }).click();
    // Answers 1–4 from the others and 5 from København: a mean of 3 on every condition.
    await coordinator.getByRole('img', { name: /^Fælles dagsorden: Helt uenig 20 %/ }).waitFor();
    expect(await coordinator.getByRole('cell', { name: '3,00' }).count()).toBe(5);

    const followUp = section(coordinator, 'Ny opfølgning');
    await followUp.getByLabel('Betingelse').selectOption({ label: 'Løbende kommunikation' });
    await followUp.getByLabel('Handling').fill('Månedligt nyhedsbrev til alle partnere');
    await followUp.getByLabel('Ansvarlig organisation').selectOption({ label: 'Bryd Arven Sekretariatet' });
    await followUp.getByLabel('Ansvarlig person').fill('Sara Nielsen');
    await followUp.getByLabel('Frist').fill('2027-02-01');
    await followUp.getByRole('button', { name: 'Gem opfølgningen' }).click();
    await coordinator.getByRole('rowheader', { name: 'Månedligt nyhedsbrev til alle partnere' }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'governance-03-health-check');
  }, 180_000);
});
