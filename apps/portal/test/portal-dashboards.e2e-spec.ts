import { parseNumber, readCsvTable } from '@samvirke/csv';
import type { IndicatorDto, Page as PageOf, ProgressDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken, waitFor } from '@samvirke/testing';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { pdfText, readSheet } from './export-readers.js';
import { expectAccessible, screenshot } from './portal-browser.js';
import {
  call,
  setUpGrantCall,
  setUpProgramme,
  browserSuite,
  type DemoProgramme,
} from './portal-stack.fixture.js';

/**
 * The dashboards and the downloads in a real browser against the real suite.stack. København reports
 * 1.250 young people in education and 3 children in care; the funder may see the first and never
 * the second, in the pages and in every file they download.
 */
let programme: DemoProgramme;
let api: ProgressDto;

/** A count split by køn, not sensitive: its breakdown is shown to the funder. */
async function defineBreakdown(): Promise<void> {
  await call(suite.stack.gateway, 'coordinator', 'POST', '/measurement/indicators', {
    code: 'unge-i-job',
    nameDa: 'Unge i job',
    nameEn: 'Young people in work',
    unit: 'count',
    valueType: 'integer',
    aggregation: 'sum',
    polarity: 'higher-is-better',
    min: 0,
    disaggregations: [{ code: 'koen', name: 'Køn', values: ['kvinde', 'mand'] }],
  });
  await call(
    suite.stack.gateway,
    'coordinator',
    'PUT',
    `/measurement/programmes/${programme.id}/indicators/unge-i-job`,
    { frequency: 'quarterly' },
  );
}

async function reportAndApprove(): Promise<void> {
  await defineBreakdown();
  const submission = `/measurement/programmes/${programme.id}/periods/${programme.periodId}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`;
  await call(suite.stack.gateway, 'reporterKobenhavn', 'PUT', submission, {
    values: [
      { indicator: 'unge-i-uddannelse', value: 1250 },
      { indicator: 'anbragte-boern', value: 3 },
      { indicator: 'unge-i-job', value: 30 },
      { indicator: 'unge-i-job', disaggregation: 'koen=kvinde', value: 12 },
      { indicator: 'unge-i-job', disaggregation: 'koen=mand', value: 18 },
    ],
  });
  await call(suite.stack.gateway, 'reporterKobenhavn', 'POST', `${submission}/submit`);
  await call(suite.stack.gateway, 'coordinator', 'POST', `${submission}/approve`);
  await waitFor('progress to count the approved report', async () => {
    api = await call<ProgressDto>(
      suite.stack.gateway,
      'helsefonden',
      'GET',
      `/measurement/programmes/${programme.id}/progress?period=2026-Q2`,
    );
    return api.completeness.approved === 1 && api.indicators.every((item) => item.contributors === 1);
  });
}

/** Official statistics for unge-i-uddannelse, which the region view shows as population context. */
async function loadStatistics(): Promise<void> {
  const found = await call<PageOf<IndicatorDto>>(
    suite.stack.gateway,
    'admin',
    'GET',
    '/measurement/indicators?q=unge-i-uddannelse',
  );
  const indicator = found.items.find((item) => item.code === 'unge-i-uddannelse');
  const response = await fetch(
    `${suite.stack.gateway.url}/api/measurement/indicators/${indicator?.id}/statistics?source=Danmarks%20Statistik`,
    {
      method: 'PUT',
      headers: {
        'content-type': 'text/csv',
        authorization: `Bearer ${await userToken(DEMO_USERS.admin.username)}`,
      },
      body: 'kommunekode;periode;værdi\n101;2025;14.800\n751;2025;9.950\n',
    },
  );
  expect(response.status).toBe(200);
}

const suite = browserSuite(
  'dashboards',
  async (stack) => {
    programme = await setUpProgramme(stack.gateway);
    await setUpGrantCall(stack.gateway, programme.id);
    await reportAndApprove();
    await loadStatistics();
  },
  240_000,
);

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function indicator(code: string): ProgressDto['indicators'][number] {
  const found = api.indicators.find((item) => item.code === code);
  if (!found) throw new Error(`no ${code} in the API's progress`);
  return found;
}

describe('the dashboards and downloads in a browser', () => {
  let funder: Page;
  let coordinator: Page;

  it('has the API suppress the small count before anything is downloaded', () => {
    expect(indicator('unge-i-uddannelse').aggregate).toBe(1250);
    const care = indicator('anbragte-boern');
    expect(typeof care.aggregate).not.toBe('number');
    expect(care.organisations.map((item) => item.value)).toEqual(['<5']);
  });

  it('shows a foundation officer the portfolio from the header: money, reporting and indicators off track', async () => {
    funder = await suite.userPage('officer.helsefonden');
    await funder
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Portefølje' })
      .click();
    await funder.getByRole('heading', { level: 1, name: 'Portefølje' }).waitFor();
    const row = funder
      .getByRole('table', { name: 'Programmerne' })
      .getByRole('row', { name: /Bryd den negative sociale arv/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/10\.000\.000\skr\./);
    await expect(row.textContent()).resolves.toContain('2026-Q2 (åben): 100 %');
    await expect(row.textContent()).resolves.toMatch(/Unge i uddannelse \(50 %\)/);
    await expectAccessible(funder);
    await screenshot(funder, 'dashboards-01-portfolio');
  }, 90_000);

  it('downloads the progress as Danish Excel CSV with the API’s numbers and "<5" kept', async () => {
    await funder.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/progress`);
    await funder.getByRole('heading', { level: 2, name: 'Hent rapporten' }).waitFor();
    const group = funder.getByRole('group', { name: 'Hent indikatorer for alle perioder' });
    const csv = await download(funder, group.getByRole('button', { name: 'Hent CSV' }));
    expect(csv.name).toBe('Bryd-den-negative-sociale-arv-fremdrift.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFPeriode;Indikatorkode;Indikator;')).toBe(true);
    expect(text).toContain('\r\n');
    const { table } = readCsvTable(text);
    const actual = (code: string) => table.rows.find((row) => row[1] === code)?.[6] ?? '';
    expect(parseNumber(actual('unge-i-uddannelse'), ';')).toBe(indicator('unge-i-uddannelse').aggregate);
    expect(['<5', 'undertrykt']).toContain(actual('anbragte-boern'));
    expect(table.rows.flat()).not.toContain('3');
    await expectAccessible(funder);
    await screenshot(funder, 'dashboards-02-progress-downloads');
  }, 90_000);

  it('downloads the same figures as XLSX, numbers as numbers and the small count as text', async () => {
    const group = funder.getByRole('group', { name: 'Hent indikatorer for alle perioder' });
    const xlsx = await download(funder, group.getByRole('button', { name: 'Hent XLSX' }));
    expect(xlsx.name).toBe('Bryd-den-negative-sociale-arv-fremdrift.xlsx');
    const cells = readSheet(new Uint8Array(xlsx.bytes));
    const rowOf = (code: string) =>
      [...cells].find(([ref, value]) => ref.startsWith('B') && value === code)?.[0].slice(1);
    expect(cells.get(`G${rowOf('unge-i-uddannelse')}`)).toBe(indicator('unge-i-uddannelse').aggregate);
    expect(['<5', 'undertrykt']).toContain(cells.get(`G${rowOf('anbragte-boern')}`));
    expect([...cells.values()]).not.toContain(3);
  }, 60_000);

  it('downloads the organisations of the sensitive indicator with "<5", never the count', async () => {
    const group = funder.getByRole('group', { name: 'Hent Anbragte børn pr. organisation, 2026-Q2' });
    const csv = await download(funder, group.getByRole('button', { name: 'Hent CSV' }));
    const { table } = readCsvTable(csv.bytes.toString('utf8'));
    expect(table.rows).toEqual([['2026-Q2', 'Anbragte børn', 'Københavns Kommune', '<5']]);
  }, 60_000);

  it('downloads the board’s PDF: programme, period, baseline, target and actual, the small count suppressed', async () => {
    const group = funder.getByRole('group', { name: 'Hent indikatorer for alle perioder' });
    const pdf = await download(funder, group.getByRole('button', { name: 'Hent PDF' }));
    expect(pdf.name).toBe('Bryd-den-negative-sociale-arv-fremdrift.pdf');
    const text = (await pdfText(new Uint8Array(pdf.bytes))).join('\n');
    expect(text).toContain('Fremdriftsrapport: Bryd den negative sociale arv');
    expect(text).toContain('Periode: 2026-Q2');
    expect(text).toMatch(/Unge i uddannelse \(antal\)[\s\S]*2026-Q2 1\.000 1\.500 1\.250 50 %/);
    expect(text).toMatch(/Anbragte børn \(antal\)[\s\S]*2026-Q2 40 30 (<5|undertrykt) –/);
  }, 60_000);

  it('shows the region view: København under Region Hovedstaden, the small count kept', async () => {
    await funder.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/regions`);
    await funder
      .getByRole('heading', { level: 1, name: 'Regioner – Bryd den negative sociale arv' })
      .waitFor();
    await funder.getByLabel('Indikator').selectOption('unge-i-uddannelse');
    const tiles = funder.getByRole('list', { name: 'Regionerne' });
    await expect(tiles.getByRole('listitem').count()).resolves.toBe(5);
    await expect(
      tiles.getByRole('listitem').filter({ hasText: 'Region Hovedstaden' }).textContent(),
    ).resolves.toContain('1.250');
    // Population context: København's figure beside the official one for its whole population.
    const context = funder.getByRole('table', { name: /Unge i uddannelse: befolkningskontekst, 2026-Q2/ });
    await context.getByRole('row', { name: /Københavns Kommune 1\.250 14\.800 2025/ }).waitFor();
    await funder.getByLabel('Indikator').selectOption('anbragte-boern');
    const table = funder.getByRole('table', { name: /Anbragte børn pr\. kommune og region/ });
    await table.getByRole('row', { name: /Region Hovedstaden Københavns Kommune <5/ }).waitFor();
    expect(await funder.getByRole('heading', { name: 'Befolkningskontekst' }).count()).toBe(0);
    await expect(
      tiles.getByRole('listitem').filter({ hasText: 'Region Hovedstaden' }).textContent(),
    ).resolves.toContain('Sum vises ikke');
    await expectAccessible(funder);
    await screenshot(funder, 'dashboards-03-regions');
  }, 60_000);

  it('shows the breakdown by køn with its table, the sums as the API gives them', async () => {
    await funder.getByRole('link', { name: 'Opdelinger' }).click();
    await funder
      .getByRole('heading', { level: 1, name: 'Opdelinger – Bryd den negative sociale arv' })
      .waitFor();
    const table = funder.getByRole('table', { name: 'Unge i job efter køn, 2026-Q2' });
    await table.getByRole('row', { name: 'kvinde 12' }).waitFor();
    await table.getByRole('row', { name: 'mand 18' }).waitFor();
    await funder.getByRole('img', { name: 'Unge i job efter køn, 2026-Q2' }).waitFor();
    await expectAccessible(funder);
    await screenshot(funder, 'dashboards-06-breakdowns');
  }, 60_000);

  it('analyses the figures by region, the small count kept as "<5" on the page and in the CSV', async () => {
    await funder.getByRole('link', { name: 'Analyse' }).click();
    await funder
      .getByRole('heading', { level: 1, name: 'Analyse – Bryd den negative sociale arv' })
      .waitFor();
    const table = funder.getByRole('table', { name: 'Analyse' });
    await table.getByRole('row', { name: /Unge i uddannelse 2026-Q2 Region Hovedstaden 1\.250 1/ }).waitFor();
    await table.getByRole('row', { name: /Anbragte børn 2026-Q2 Region Hovedstaden <5 1/ }).waitFor();
    await funder.getByLabel('Indikator').selectOption('unge-i-job');
    await funder.getByLabel('Med opdelinger (køn, alder …)').check();
    await table
      .getByRole('row', { name: /Unge i job 2026-Q2 Region Hovedstaden koen=kvinde 12 1/ })
      .waitFor();
    await funder.getByLabel('Opdel efter').selectOption('');
    await funder.getByLabel('Indikator').selectOption('anbragte-boern');
    await funder.getByLabel('Med opdelinger (køn, alder …)').uncheck();
    await table.getByRole('row', { name: /Anbragte børn 2026-Q2 (<5|undertrykt) 1/ }).waitFor();
    const group = funder.getByRole('group', { name: 'Hent analysen' });
    const csv = await download(funder, group.getByRole('button', { name: 'Hent CSV' }));
    expect(csv.name).toBe('analyse.csv');
    const { table: rows } = readCsvTable(csv.bytes.toString('utf8'));
    expect(rows.rows).toHaveLength(1);
    expect(['<5', 'undertrykt']).toContain(rows.rows[0]?.[2]);
    expect(rows.rows.flat()).not.toContain('3');
    await expectAccessible(funder);
    await screenshot(funder, 'dashboards-07-analysis');
  }, 60_000);

  it('shows the backbone the timeliness heatmap, each cell with a word beside its colour', async () => {
    coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/timeliness`);
    await coordinator
      .getByRole('heading', { level: 1, name: 'Rettidighed – Bryd den negative sociale arv' })
      .waitFor();
    const row = coordinator
      .getByRole('table', { name: 'Indberetning pr. organisation og periode' })
      .getByRole('row', { name: /Københavns Kommune/ });
    await expect(row.getByRole('cell').textContent()).resolves.toContain('Til tiden');
    await coordinator.getByText('Til tiden: 1').waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'dashboards-04-timeliness');
  }, 90_000);

  it('teaches what to do next where there is nothing to show', async () => {
    const reporter = await suite.userPage('reporter.aarhus');
    await reporter.goto(`${suite.stack.portalUrl}/portfolio`);
    await reporter.getByRole('heading', { level: 1, name: 'Portefølje' }).waitFor();
    await reporter.getByRole('link', { name: 'Gå til programmerne' }).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'dashboards-05-portfolio-empty');
  }, 90_000);
});
