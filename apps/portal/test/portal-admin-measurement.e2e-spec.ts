import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import { call, setUpProgramme, browserSuite, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * The measurement set-up screens in a real browser against the real stack, as the programme's
 * backbone coordinator after Keycloak's own login page: the indicator library (define, version,
 * retire), the programme's indicators with baseline and targets, the small-number threshold, and
 * the rules between indicators (add, change, remove), and reporting periods (open, extend the
 * deadline, close, reopen, lock and reopen with a reason, history). Screenshots go to .run/artefacts/portal/.
 */
let programme: DemoProgramme;
let coordinator: Page;

const suite = browserSuite(
  'portal_admin_measurement',
  async (stack) => {
    programme = await setUpProgramme(stack.gateway);
  },
  180_000,
);

/** Opens a period's lock and history panel, whether the page has kept it open or not. */
async function showLock(period: string): Promise<void> {
  const summary = coordinator.getByText(`Lås og historik for ${period}`, { exact: true });
  const details = coordinator.locator('details', { has: summary });
  if ((await details.getAttribute('open')) === null) await summary.click();
  await details.locator('form').waitFor();
}

async function defineIndicator(
  page: Page,
  fields: { code: string; nameDa: string; nameEn: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Definér en indikator' }).click();
  const form = page.getByRole('form', { name: 'Definér en indikator' });
  await form.getByLabel('Kode', { exact: true }).fill(fields.code);
  await form.getByLabel('Navn på dansk').fill(fields.nameDa);
  await form.getByLabel('Navn på engelsk').fill(fields.nameEn);
  await form.getByLabel('Mindste værdi').fill('0');
  await form.getByRole('button', { name: 'Gem indikatoren' }).click();
  await page.getByText(`Indikatoren ${fields.code} er gemt.`).waitFor();
}

describe('measurement set-up in the portal', () => {
  it('shows the backbone coordinator the Måling tab and the empty library search', async () => {
    coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}`);
    await coordinator.getByRole('link', { name: 'Måling' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Måling – Bryd den negative sociale arv' })
      .waitFor();
    // Both of the library's indicators are tracked already: the form's empty state says where to get more.
    await coordinator.getByText('Biblioteket har ingen flere gældende indikatorer at tilføje.').waitFor();
    await expectAccessible(coordinator);
    await coordinator.getByRole('link', { name: 'indikatorbibliotek', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Indikatorbiblioteket' }).waitFor();
    await coordinator.getByLabel('Søg i biblioteket').fill('findes-ikke');
    await coordinator.getByRole('button', { name: 'Søg' }).click();
    await coordinator.getByText('Ingen indikatorer matcher søgningen.').waitFor();
    await expectAccessible(coordinator);
  }, 90_000);

  it('defines two indicators in the library, versions one and retires the old version', async () => {
    await coordinator.getByLabel('Søg i biblioteket').fill('');
    await coordinator.getByRole('button', { name: 'Søg' }).click();
    await defineIndicator(coordinator, {
      code: 'unge-i-job',
      nameDa: 'Unge i job',
      nameEn: 'Young people in work',
    });
    await defineIndicator(coordinator, {
      code: 'boern-i-dagtilbud',
      nameDa: 'Børn i dagtilbud',
      nameEn: 'Children in day care',
    });
    // A bad definition is named field by field and nothing is saved.
    await coordinator.getByRole('button', { name: 'Definér en indikator' }).click();
    const form = coordinator.getByRole('form', { name: 'Definér en indikator' });
    await form.getByLabel('Kode', { exact: true }).fill('Ugyldig Kode');
    await form.getByRole('button', { name: 'Gem indikatoren' }).click();
    await form
      .locator('#indicator-code-error', { hasText: 'Små bogstaver og tal, adskilt af . _ eller -' })
      .waitFor();
    expect(await form.getByLabel('Kode', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-01-indicator-errors');
    // The draft outlives a reload of the page (it is kept in the browser) until it is discarded.
    await coordinator.reload();
    await coordinator.getByRole('button', { name: 'Definér en indikator' }).click();
    await expect(form.getByLabel('Kode', { exact: true }).inputValue()).resolves.toBe('Ugyldig Kode');
    await form.getByRole('button', { name: 'Kassér kladden' }).click();

    await coordinator.getByRole('button', { name: 'Ny version af unge-i-job' }).click();
    const version = coordinator.getByRole('form', { name: 'Ny version af unge-i-job' });
    await version.getByLabel('Navn på dansk').fill('Unge i job eller uddannelse');
    await version.getByRole('button', { name: 'Gem den nye version' }).click();
    await coordinator.getByText('Indikatoren unge-i-job.v2 er gemt.').waitFor();
    const table = coordinator.getByRole('table', { name: 'Indikatorer i biblioteket' });
    await table.getByRole('row', { name: /unge-i-job Unge i job .*Erstattet af unge-i-job\.v2/ }).waitFor();
    await coordinator.getByRole('button', { name: 'Udfas unge-i-job', exact: true }).click();
    await coordinator.getByRole('button', { name: 'Ja, udfas unge-i-job' }).click();
    await coordinator.getByText('unge-i-job er udfaset.').waitFor();
    await table.getByRole('row', { name: /unge-i-job Unge i job .*Udfaset/ }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-02-library');
  }, 90_000);

  it('adds both to the programme with baseline and targets, naming a bad target next to its field', async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/measurement`);
    const form = coordinator.getByRole('form', { name: 'Tilføj en indikator' });
    await form.getByLabel('Indikator', { exact: true }).selectOption('unge-i-job.v2');
    await form.getByLabel('Baseline-periode').fill('2026-Q1');
    await form.getByLabel('Baseline-værdi').fill('200');
    await form.getByLabel('Mål 1: periode').fill('2026-Q4');
    await form.getByLabel('Mål 1: værdi').fill('-5');
    await form.getByRole('button', { name: 'Gem indikatoren for programmet' }).click();
    const target = form.getByLabel('Mål 1: værdi');
    await form
      .locator('#targets-0-value-error', { hasText: 'Uden for indikatorens gyldige værdier' })
      .waitFor();
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-03-target-error');
    await target.fill('260');
    await form.getByRole('button', { name: 'Tilføj et mål' }).click();
    await form.getByLabel('Mål 2: periode').fill('2027-Q4');
    await form.getByLabel('Mål 2: værdi').fill('320');
    await form.getByRole('button', { name: 'Gem indikatoren for programmet' }).click();
    await coordinator.getByText('unge-i-job.v2 er gemt for programmet.').waitFor();
    // Neither the retired version nor one the programme tracks is offered anew.
    const select = form.getByLabel('Indikator', { exact: true });
    await select.locator('option[value="unge-i-job.v2"]').waitFor({ state: 'detached' });
    const options = await select.locator('option').all();
    const offered = await Promise.all(options.map((option) => option.getAttribute('value')));
    expect(offered).toEqual(['', 'boern-i-dagtilbud']);

    await form.getByLabel('Indikator', { exact: true }).selectOption('boern-i-dagtilbud');
    await form.getByLabel('Hyppighed').selectOption('annual');
    await form.getByLabel('Baseline-periode').fill('2025');
    await form.getByLabel('Baseline-værdi').fill('50');
    await form.getByLabel('Mål 1: periode').fill('2027');
    await form.getByLabel('Mål 1: værdi').fill('80');
    await form.getByRole('button', { name: 'Gem indikatoren for programmet' }).click();
    await coordinator.getByText('boern-i-dagtilbud er gemt for programmet.').waitFor();
    const tracked = coordinator.getByRole('table', { name: 'Indikatorer programmet følger' });
    await tracked
      .getByRole('row', { name: /unge-i-job\.v2.*2026-Q1: 200.*2026-Q4: 260, 2027-Q4: 320/ })
      .waitFor();
    await tracked.getByRole('row', { name: /boern-i-dagtilbud.*Årlig.*2025: 50.*2027: 80/ }).waitFor();
    // Editing an indicator the programme tracks: its form starts from what is saved.
    await tracked.getByRole('button', { name: 'Redigér boern-i-dagtilbud' }).click();
    const edit = coordinator.getByRole('form', { name: 'Redigér boern-i-dagtilbud' });
    await expect(edit.getByLabel('Mål 1: værdi').inputValue()).resolves.toBe('80');
    await edit.getByLabel('Mål 1: værdi').fill('90');
    await edit.getByRole('button', { name: 'Gem indikatoren for programmet' }).click();
    await tracked.getByRole('row', { name: /boern-i-dagtilbud.*2027: 90/ }).waitFor();
    // Every current indicator is tracked now: the form gives way to where more come from.
    await coordinator.getByText('Biblioteket har ingen flere gældende indikatorer at tilføje.').waitFor();
    await expectAccessible(coordinator);
  }, 90_000);

  it('sets the small-number threshold, opens a period and extends its deadline', async () => {
    await coordinator.getByLabel('Skjul antal under').fill('10');
    await coordinator.getByRole('button', { name: 'Gem grænsen' }).click();
    await coordinator.getByText('Gemt: antal under 10 vises som «<10».').waitFor();

    const open = coordinator.getByRole('form', { name: 'Åbn en periode' });
    await open.getByLabel('Periode', { exact: true }).fill('2026-Q3');
    await open.getByLabel('Frist for indberetning').fill('2026-10-15');
    await open.getByRole('button', { name: 'Åbn perioden' }).click();
    await coordinator.getByText('2026-Q3 er åbnet.').waitFor();

    const earlier = coordinator.getByLabel('Ny frist for 2026-Q3');
    await earlier.fill('2026-10-01');
    await coordinator.getByRole('button', { name: 'Forlæng fristen for 2026-Q3' }).click();
    await coordinator.locator('[id$="-error"]', { hasText: 'Skal ligge efter 2026-10-15' }).waitFor();
    expect(await earlier.getAttribute('aria-invalid')).toBe('true');
    await earlier.fill('2026-11-15');
    await coordinator.getByRole('button', { name: 'Forlæng fristen for 2026-Q3' }).click();
    await coordinator.getByText('Fristen for 2026-Q3 er nu 2026-11-15.').waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-04-setup');

    const settings = await call<{ suppressBelow: number }>(
      suite.stack.gateway,
      'coordinator',
      'GET',
      `/measurement/programmes/${programme.id}/measurement-settings`,
    );
    expect(settings.suppressBelow).toBe(10);
    const periods = await call<{ period: string; dueDate: string }[]>(
      suite.stack.gateway,
      'coordinator',
      'GET',
      `/measurement/programmes/${programme.id}/periods`,
    );
    expect(periods.map((period) => [period.period, period.dueDate])).toEqual([
      ['2026-Q2', '2099-07-31'],
      ['2026-Q3', '2026-11-15'],
    ]);
  }, 90_000);

  it('closes a period and reopens it for a correction', async () => {
    await coordinator.getByRole('button', { name: 'Luk 2026-Q3' }).click();
    await coordinator.getByText('2026-Q3 er lukket.').waitFor();
    await coordinator.getByRole('button', { name: 'Genåbn 2026-Q3' }).click();
    await coordinator.getByText('2026-Q3 er genåbnet.').waitFor();
    await coordinator.getByRole('button', { name: 'Luk 2026-Q3' }).waitFor();
  }, 60_000);

  it('locks a period, so that a submission for it is refused, and reopens it with a reason kept in its history', async () => {
    const periods = await call<{ id: string; period: string }[]>(
      suite.stack.gateway,
      'coordinator',
      'GET',
      `/measurement/programmes/${programme.id}/periods`,
    );
    const periodId = periods.find((period) => period.period === '2026-Q3')?.id ?? '';
    const save = () =>
      call(
        suite.stack.gateway,
        'reporterKobenhavn',
        'PUT',
        `/measurement/programmes/${programme.id}/periods/${periodId}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`,
        { values: [{ indicator: 'anbragte-boern', value: 12 }] },
      );
    const table = coordinator.getByRole('table', { name: 'Programmets indberetningsperioder' });
    await showLock('2026-Q3');
    await coordinator
      .getByLabel('Begrundelse for at låse 2026-Q3 (valgfri)')
      .fill('Årsrapporten er afleveret.');
    await coordinator.getByRole('button', { name: 'Lås 2026-Q3', exact: true }).click();
    await coordinator.getByText('2026-Q3 er låst.').waitFor();
    await table.getByRole('row', { name: /2026-Q3.*Låst/ }).waitFor();
    await expect(save()).rejects.toThrow(/409 .*The period 2026-Q3 is locked/);

    // Reopening needs a reason: without one the field says so and the period stays locked.
    await showLock('2026-Q3');
    const reason = coordinator.getByLabel('Begrundelse for at genåbne 2026-Q3');
    await coordinator.getByRole('button', { name: 'Genåbn 2026-Q3 med begrundelse' }).click();
    await coordinator.locator('[id$="-error"]', { hasText: 'Skal have mindst 1 tegn' }).waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-05-period-locked');
    await reason.fill('København retter et tal.');
    await coordinator.getByRole('button', { name: 'Genåbn 2026-Q3 med begrundelse' }).click();
    await coordinator.getByText('2026-Q3 er genåbnet.').waitFor();
    await table.getByRole('row', { name: /2026-Q3.*Åben/ }).waitFor();
    await expect(save()).resolves.toMatchObject({ status: 'draft' });

    await showLock('2026-Q3');
    const history = coordinator.getByRole('list', { name: 'Historik for 2026-Q3' });
    await history.getByText(/^Låst af coordinator\.backbone, .*: Årsrapporten er afleveret\.$/).waitFor();
    await history
      .getByText(/^Genåbnet efter lås af coordinator\.backbone, .*: København retter et tal\.$/)
      .waitFor();
    // The close and reopening of the test before are in the history too, oldest first.
    expect(await history.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Lukket af coordinator\.backbone/),
      expect.stringMatching(/^Genåbnet af coordinator\.backbone/),
      expect.stringMatching(/^Låst af/),
      expect.stringMatching(/^Genåbnet efter lås af/),
    ]);
    await expectAccessible(coordinator);
  }, 90_000);

  it('adds, changes and removes a rule between indicators, naming a bad side next to its field', async () => {
    const form = coordinator.getByRole('form', { name: 'Regler mellem indikatorer' });
    await form.getByText('Programmet har ingen regler endnu.').waitFor();
    await form.getByRole('button', { name: 'Tilføj en regel' }).click();
    await form.getByLabel('Regel 1: venstre side').selectOption('unge-i-uddannelse');
    await form.getByLabel('Regel 1: højre side').selectOption('unge-i-uddannelse');
    await form.getByRole('button', { name: 'Gem reglerne' }).click();
    await form
      .locator('#rules-0-right-error', { hasText: 'Sammenligner en indikator med sig selv' })
      .waitFor();
    expect(await form.getByLabel('Regel 1: højre side').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-06-rule-error');
    await form.getByLabel('Regel 1: venstre side').selectOption('anbragte-boern');
    await form.getByLabel('Regel 1: sammenligning').selectOption('<=');
    await form.getByRole('button', { name: 'Gem reglerne' }).click();
    await coordinator.getByText('Reglerne er gemt (1).').waitFor();
    await form.getByLabel('Regel 1: sammenligning').selectOption('<');
    await form.getByRole('button', { name: 'Tilføj en regel' }).click();
    await form.getByLabel('Regel 2: venstre side').selectOption('unge-i-job.v2');
    await form.getByLabel('Regel 2: sammenligning').selectOption('>=');
    await form.getByLabel('Regel 2: højre side').selectOption('anbragte-boern');
    await form.getByRole('button', { name: 'Gem reglerne' }).click();
    await coordinator.getByText('Reglerne er gemt (2).').waitFor();
    const rules = () =>
      call<{ rules: unknown[]; suppressBelow: number }>(
        suite.stack.gateway,
        'coordinator',
        'GET',
        `/measurement/programmes/${programme.id}/measurement-settings`,
      );
    // The thresholds set before are kept as they were.
    await expect(rules()).resolves.toEqual({
      rules: [
        { left: 'anbragte-boern', operator: '<', right: 'unge-i-uddannelse' },
        { left: 'unge-i-job.v2', operator: '>=', right: 'anbragte-boern' },
      ],
      suppressBelow: 10,
      minContributors: 3,
    });
    await form.getByRole('button', { name: 'Fjern regel 1' }).click();
    await form.getByRole('button', { name: 'Gem reglerne' }).click();
    await coordinator.getByText('Reglerne er gemt (1).').waitFor();
    expect((await rules()).rules).toEqual([
      { left: 'unge-i-job.v2', operator: '>=', right: 'anbragte-boern' },
    ]);
    await expectAccessible(coordinator);
  }, 90_000);

  it('loads official statistics for an indicator, naming every bad row, and lists them per municipality', async () => {
    const upload = async (csv: string): Promise<void> => {
      await coordinator.getByLabel('Fil', { exact: true }).setInputFiles({
        name: 'statistikbanken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await coordinator.getByRole('button', { name: 'Indlæs', exact: true }).click();
    };
    await coordinator.goto(`${suite.stack.portalUrl}/indicators`);
    await coordinator.getByRole('link', { name: 'Statistik for boern-i-dagtilbud' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Officiel statistik: Børn i dagtilbud' })
      .waitFor();
    await coordinator.getByText('Der er ingen officiel statistik for indikatoren endnu.').waitFor();
    await upload('OMRÅDE;TID;INDHOLD\n999 Ukendt;2025;1\n101 København;2025K5;x\n');
    const problems = coordinator.getByRole('list', { name: 'Fejl i filen' });
    await problems.getByText(/^Række 2, område: /).waitFor();
    await problems.getByText(/^Række 3, tid: /).waitFor();
    await problems.getByText(/^Række 3, indhold: /).waitFor();
    await expectAccessible(coordinator);
    await upload(
      'OMRÅDE;TID;INDHOLD\n000 Hele landet;2025;81,2\n101 København;2025;79,5\n751 Aarhus;2025;..\n',
    );
    await coordinator.getByText('1 tal indlæst for 2025.').waitFor();
    await coordinator
      .getByRole('row', { name: /Københavns Kommune Region Hovedstaden 79,5 Danmarks Statistik/ })
      .waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-07-statistics');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/measurement`);
    await coordinator
      .getByRole('heading', { level: 1, name: 'Måling – Bryd den negative sociale arv' })
      .waitFor();
  }, 90_000);

  it('speaks English on both screens, accessibly', async () => {
    await coordinator.getByRole('button', { name: 'English' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Measurement – Bryd den negative sociale arv' })
      .waitFor();
    await coordinator.getByRole('button', { name: 'Extend the deadline of 2026-Q3' }).waitFor();
    await coordinator.getByLabel('Hide counts below').waitFor();
    await expectAccessible(coordinator);
    await coordinator.getByRole('link', { name: 'indicator library', exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Indicator library' }).waitFor();
    await coordinator.getByRole('row', { name: /unge-i-job Young people in work .*Retired/ }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-08-library-english');
    await coordinator.getByRole('button', { name: 'Dansk' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Indikatorbiblioteket' }).waitFor();
  }, 60_000);

  it('shows a reporter neither the Måling tab nor the set-up controls', async () => {
    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}`);
    await reporter.getByRole('link', { name: 'Indberetning' }).first().waitFor();
    expect(await reporter.getByRole('link', { name: 'Måling' }).count()).toBe(0);
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/measurement`);
    await reporter
      .getByText('Kun programmets backbone-koordinatorer og platformsadministratorer opsætter målingen.')
      .waitFor();
    await reporter.goto(`${suite.stack.portalUrl}/indicators`);
    await reporter.getByRole('heading', { level: 1, name: 'Indikatorbiblioteket' }).waitFor();
    await reporter.getByRole('row', { name: /boern-i-dagtilbud/ }).waitFor();
    expect(await reporter.getByRole('button', { name: 'Definér en indikator' }).count()).toBe(0);
    expect(await reporter.getByRole('button', { name: /Udfas/ }).count()).toBe(0);
    await expectAccessible(reporter);
    // Official statistics are public figures: a reporter reads them, and loads none.
    await reporter.getByRole('link', { name: 'Statistik for boern-i-dagtilbud' }).click();
    await reporter.getByRole('row', { name: /Københavns Kommune Region Hovedstaden 79,5/ }).waitFor();
    expect(await reporter.getByRole('button', { name: 'Indlæs' }).count()).toBe(0);
    await expectAccessible(reporter);
  }, 90_000);
  it('declares a category combination, which the reporter fills in as a grid with live sums, and shows its cross table', async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/indicators`);
    await coordinator.getByRole('button', { name: 'Definér en indikator' }).click();
    const form = coordinator.getByRole('form', { name: 'Definér en indikator' });
    await form.getByLabel('Kode', { exact: true }).fill('unge-i-kontakt');
    await form.getByLabel('Navn på dansk').fill('Unge i kontakt');
    await form.getByLabel('Navn på engelsk').fill('Young people in contact');
    const dimensions = [
      ['koen', 'Køn', 'kvinde, mand'],
      ['alder', 'Aldersgruppe', 'u18, a18-24'],
    ];
    for (const [index, [code, name, values]] of dimensions.entries()) {
      await form.getByRole('button', { name: 'Tilføj en opdeling' }).click();
      await form.getByLabel(`Opdeling ${index + 1}: kode`).fill(code ?? '');
      await form.getByLabel(`Opdeling ${index + 1}: navn`).fill(name ?? '');
      await form.getByLabel(`Opdeling ${index + 1}: værdier`).fill(values ?? '');
    }
    await form.getByRole('button', { name: 'Tilføj en kombineret opdeling' }).click();
    await form.getByLabel('Kombination 1: kode').fill('koen-alder');
    await form.getByLabel('Kombination 1: navn').fill('Køn × aldersgruppe');
    await form.getByLabel('Kombination 1: opdelinger').fill('koen, sted');
    await form.getByRole('button', { name: 'Gem indikatoren' }).click();
    // A combination of a disaggregation the indicator lacks is named next to its field.
    await form.locator('[id$="-error"]', { hasText: 'Ikke en af indikatorens opdelinger: sted' }).waitFor();
    await form.getByLabel('Kombination 1: opdelinger').fill('koen, alder');
    await form.getByRole('button', { name: 'Gem indikatoren' }).click();
    await coordinator.getByText('Indikatoren unge-i-kontakt er gemt.').waitFor();
    await screenshot(coordinator, 'admin-measurement-09-combination');
    const base = `/measurement/programmes/${programme.id}`;
    const gateway = suite.stack.gateway;
    await call(gateway, 'coordinator', 'PUT', `${base}/indicators/unge-i-kontakt`, {
      frequency: 'quarterly',
    });
    const periods = await call<{ id: string; period: string }[]>(
      gateway,
      'coordinator',
      'GET',
      `${base}/periods`,
    );
    const periodId = periods.find((period) => period.period === '2026-Q3')?.id ?? '';

    const reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/reporting/${periodId}`);
    const grid = reporter.getByRole('table', { name: 'Kombineret opdeling: Køn × aldersgruppe' });
    const cells: [string, string][] = [
      ['kvinde, u18', '3'],
      ['kvinde, a18-24', '10'],
      ['mand, u18', '4'],
      ['mand, a18-24', '12'],
    ];
    for (const [cell, value] of cells) await grid.getByLabel(`Køn × aldersgruppe: ${cell}`).fill(value);
    await grid.getByTestId('grid-total').filter({ hasText: '29' }).waitFor();
    await grid
      .locator('tbody tr', { hasText: 'kvinde' })
      .locator('td')
      .last()
      .filter({ hasText: '13' })
      .waitFor();
    await reporter.locator('input[name="unge-i-kontakt|"]').fill('30');
    await reporter.getByText('Cellerne summer til 29, men totalen er 30. De skal være ens.').waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'admin-measurement-10-combination-grid');
    // The service refuses the total that differs from its cells, and names it on its field.
    await reporter.getByRole('button', { name: 'Gem kladde' }).click();
    await reporter.getByText('Totalen er 30, men cellerne i koen-alder summer til 29').waitFor();
    await reporter.locator('input[name="unge-i-kontakt|"]').fill('29');
    // The programme's required indicators, so that the report can be submitted.
    await reporter.locator('input[name="unge-i-job.v2|"]').fill('40');
    await reporter.locator('input[name="unge-i-uddannelse|"]').fill('900');
    await reporter.getByRole('button', { name: 'Gem kladde' }).click();
    await reporter.getByText('Kladden er gemt.').waitFor();

    const submission = `${base}/periods/${periodId}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`;
    await call(gateway, 'reporterKobenhavn', 'POST', `${submission}/submit`);
    await call(gateway, 'coordinator', 'POST', `${submission}/approve`);
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/breakdowns`);
    const cross = coordinator.getByRole('table', {
      name: 'Unge i kontakt efter køn × aldersgruppe, 2026-Q3',
    });
    await cross.getByRole('row', { name: /kvinde 3 10 13/ }).waitFor();
    await cross.getByRole('row', { name: /I alt 7 22 29/ }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'admin-measurement-11-cross-table');
  }, 180_000);
});
