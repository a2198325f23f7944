import { parseNumber, readCsvTable } from '@samvirke/csv';
import type { ProgressDto } from '@samvirke/contracts';
import { waitFor } from '@samvirke/testing';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { pdfText, readSheet } from './export-readers.js';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, registerOrganisations } from './portal-stack.fixture.js';

/**
 * A programme's first quarter, from nothing, in the portal only — through Keycloak's own login page,
 * as each role would do it: a foundation officer creates the programme and invites a municipality
 * and the backbone; the backbone's coordinator defines two indicators with baselines and targets
 * (one a sensitive count of people) and opens the period; the municipality's reporter reports; the
 * coordinator approves; the officer sees the figures change and downloads them as CSV, XLSX and PDF,
 * each with the API's numbers and the small count still hidden. Nothing here calls the API but the
 * platform admin's registration of the organisations (their own screen has its own test) and the
 * checks of what the files hold.
 */
let programmeId = '';
const PROGRAMME = 'Unge i egen bolig';
const PERIOD = '2026-Q4';

const suite = browserSuite(
  'portal_whole_flow',
  async (stack) => {
    await registerOrganisations(stack.gateway);
  },
  180_000,
);

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function defineIndicator(page: Page, code: string, nameDa: string, sensitive: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Definér en indikator' }).click();
  const form = page.getByRole('form', { name: 'Definér en indikator' });
  await form.getByLabel('Kode', { exact: true }).fill(code);
  await form.getByLabel('Navn på dansk').fill(nameDa);
  await form.getByLabel('Navn på engelsk').fill(`${nameDa} (en)`);
  await form.getByLabel('Mindste værdi').fill('0');
  if (sensitive) await form.getByLabel('Følsomt antal personer (små tal skjules)').check();
  await form.getByRole('button', { name: 'Gem indikatoren' }).click();
  await page.getByText(`Indikatoren ${code} er gemt.`).waitFor();
}

async function trackIndicator(
  page: Page,
  code: string,
  baseline: number,
  target: number,
  goal?: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Tilføj en indikator' });
  await form.getByLabel('Indikator', { exact: true }).selectOption(code);
  if (goal) await form.getByRole('checkbox', { name: goal }).check();
  await form.getByLabel('Baseline-periode').fill('2026-Q3');
  await form.getByLabel('Baseline-værdi').fill(String(baseline));
  await form.getByLabel('Mål 1: periode').fill(PERIOD);
  await form.getByLabel('Mål 1: værdi').fill(String(target));
  await form.getByRole('button', { name: 'Gem indikatoren for programmet' }).click();
  await page.getByText(`${code} er gemt for programmet.`).waitFor();
}

describe('a programme from nothing to the board’s report, in the portal', () => {
  let officer: Page;
  let coordinator: Page;

  it('lets the foundation officer create the programme and invite a municipality and the backbone', async () => {
    officer = await suite.userPage('officer.helsefonden');
    await officer.getByRole('link', { name: 'Opret det første program' }).click();
    await h1(officer, 'Opret et program');
    await officer.getByLabel('Navn', { exact: true }).fill(PROGRAMME);
    await officer.getByLabel('Problemet').fill('For mange unge står uden et sted at bo.');
    await officer.getByLabel('Visionen').fill('Alle unge har et hjem.');
    await officer.getByLabel('Startdato').fill('2026-07-01');
    await officer.getByLabel('Mål 1: titel').fill('Flere unge i egen bolig');
    await officer.getByRole('button', { name: 'Opret programmet' }).click();
    await h1(officer, `Medlemmer – ${PROGRAMME}`);
    programmeId = new URL(officer.url()).pathname.split('/')[2] ?? '';

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

    await officer.getByRole('link', { name: 'Oversigt', exact: true }).click();
    await officer.getByRole('link', { name: 'Rediger dagsordenen' }).click();
    await officer.getByLabel('Status').selectOption({ label: 'Aktiv' });
    await officer.getByLabel('Backbone-organisation').selectOption({ label: 'Bryd Arven Sekretariatet' });
    await officer.getByRole('button', { name: 'Gem dagsordenen' }).click();
    await h1(officer, PROGRAMME);
    await expectAccessible(officer);
    await screenshot(officer, 'flow-01-programme');
  }, 120_000);

  it('lets the backbone define two indicators with baselines and targets and open the period', async () => {
    coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programmeId}`);
    await coordinator.getByRole('link', { name: 'Måling' }).click();
    await h1(coordinator, `Måling – ${PROGRAMME}`);
    await coordinator.getByRole('link', { name: 'indikatorbibliotek', exact: true }).click();
    await h1(coordinator, 'Indikatorbiblioteket');
    await defineIndicator(coordinator, 'unge-i-egen-bolig', 'Unge i egen bolig', false);
    await defineIndicator(coordinator, 'unge-udsat', 'Unge sat ud af deres bolig', true);

    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programmeId}/measurement`);
    await trackIndicator(coordinator, 'unge-i-egen-bolig', 100, 150, 'Flere unge i egen bolig');
    await trackIndicator(coordinator, 'unge-udsat', 20, 10);
    const open = coordinator.getByRole('form', { name: 'Åbn en periode' });
    await open.getByLabel('Periode', { exact: true }).fill(PERIOD);
    await open.getByLabel('Frist for indberetning').fill('2027-01-31');
    await open.getByRole('button', { name: 'Åbn perioden' }).click();
    await coordinator.getByText(`${PERIOD} er åbnet.`).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'flow-02-measurement');
    // The overview shows which indicator measures the programme's goal.
    await coordinator.getByRole('link', { name: 'Oversigt', exact: true }).click();
    const goals = coordinator.getByRole('region', { name: 'Mål × indikatorer' });
    await goals
      .getByRole('listitem')
      .filter({ hasText: 'Flere unge i egen bolig: Unge i egen bolig' })
      .waitFor();
  }, 120_000);

  it('lets the municipality’s reporter report the quarter', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programmeId}/reporting`);
    await h1(reporter, `Indberetning – ${PROGRAMME}`);
    // The period shows once measurement has heard that København provides data (a Kafka event).
    await waitFor(
      'the open period on the reporting page',
      async () => {
        if (await reporter.getByRole('link', { name: `Periode ${PERIOD}` }).count()) return true;
        await reporter.reload();
        return false;
      },
      { timeoutMs: 30_000, intervalMs: 1_000 },
    );
    await reporter.getByRole('link', { name: `Periode ${PERIOD}` }).click();
    await h1(reporter, `Indberetning for ${PERIOD}`);
    await reporter.getByLabel('Unge i egen bolig (skal udfyldes)').fill('120');
    await reporter.getByLabel('Unge sat ud af deres bolig (skal udfyldes)').fill('3');
    await reporter.getByRole('button', { name: 'Indsend' }).click();
    await reporter.getByText('Indsendt til godkendelse.').waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'flow-03-reported');
  }, 120_000);

  it('shows the officer nothing approved yet, then the backbone approves', async () => {
    await officer.goto(`${suite.stack.portalUrl}/programmes/${programmeId}/progress`);
    await h1(officer, `Fremdrift – ${PROGRAMME}`);
    await expect(officer.getByTestId('aggregate-unge-i-egen-bolig').textContent()).resolves.toBe('–');

    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programmeId}/approvals`);
    await h1(coordinator, `Godkendelser – ${PROGRAMME}`);
    await coordinator.getByRole('button', { name: 'Godkend Københavns Kommune' }).click();
    await coordinator.getByText('Ingen indberetninger venter.').waitFor();
  }, 90_000);

  it('shows the officer the figures change, the small count as "<5"', async () => {
    await waitFor(
      'the approved report in the progress',
      async () => {
        await officer.getByRole('button', { name: 'Opdater' }).click();
        return (await officer.getByTestId('aggregate-unge-i-egen-bolig').textContent()) === '120';
      },
      { timeoutMs: 30_000, intervalMs: 1_000 },
    );
    const bars = officer.getByRole('img', { name: /Unge sat ud af deres bolig pr\. organisation/ });
    await expect(bars.textContent()).resolves.toContain('<5');
    await expectAccessible(officer);
    await screenshot(officer, 'flow-04-progress');
  }, 90_000);

  it('downloads CSV, XLSX and PDF with the API’s numbers, the small count hidden in each', async () => {
    const api = await call<ProgressDto>(
      suite.stack.gateway,
      'helsefonden',
      'GET',
      `/measurement/programmes/${programmeId}/progress?period=${PERIOD}`,
    );
    const housed = api.indicators.find((item) => item.code === 'unge-i-egen-bolig');
    expect(housed?.aggregate).toBe(120);
    const group = officer.getByRole('group', { name: 'Hent indikatorer for alle perioder' });

    const csv = await download(officer, group.getByRole('button', { name: 'Hent CSV' }));
    const { table } = readCsvTable(csv.bytes.toString('utf8'));
    const actual = (code: string) => table.rows.find((row) => row[1] === code)?.[6] ?? '';
    expect(parseNumber(actual('unge-i-egen-bolig'), ';')).toBe(housed?.aggregate);
    expect(['<5', 'undertrykt']).toContain(actual('unge-udsat'));
    expect(table.rows.flat()).not.toContain('3');

    const xlsx = await download(officer, group.getByRole('button', { name: 'Hent XLSX' }));
    const cells = readSheet(new Uint8Array(xlsx.bytes));
    const rowOf = (code: string) =>
      [...cells].find(([ref, value]) => ref.startsWith('B') && value === code)?.[0].slice(1);
    expect(cells.get(`G${rowOf('unge-i-egen-bolig')}`)).toBe(housed?.aggregate);
    expect(['<5', 'undertrykt']).toContain(cells.get(`G${rowOf('unge-udsat')}`));
    expect([...cells.values()]).not.toContain(3);

    const pdf = await download(officer, group.getByRole('button', { name: 'Hent PDF' }));
    const text = (await pdfText(new Uint8Array(pdf.bytes))).join('\n');
    expect(text).toContain(`Fremdriftsrapport: ${PROGRAMME}`);
    expect(text).toMatch(new RegExp(`Unge i egen bolig \\(antal\\)[\\s\\S]*${PERIOD} 100 150 120`));
    expect(text).toMatch(
      new RegExp(`Unge sat ud af deres bolig \\(antal\\)[\\s\\S]*${PERIOD} 20 10 (<5|undertrykt)`),
    );
  }, 90_000);
});
