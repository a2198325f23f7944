import type { ScorecardDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, setUpProgramme, type DemoProgramme } from './portal-stack.fixture.js';

/**
 * Results-Based Accountability in a real browser against the real stack: the scorecard, the story
 * behind the curve with its action plan and comments, the learning log and its Danish search, and a
 * foundation's comparison across the programmes it funds.
 */
let programme: DemoProgramme;

async function classifyReportAndApprove(): Promise<void> {
  const gateway = suite.stack.gateway;
  await call(
    gateway,
    'coordinator',
    'PUT',
    `/measurement/programmes/${programme.id}/indicators/anbragte-boern`,
    {
      frequency: 'quarterly',
      baseline: { period: '2026-Q1', value: 40 },
      rbaKind: 'population',
    },
  );
  const submission = `/measurement/programmes/${programme.id}/periods/${programme.periodId}/submissions/${DEMO_ORGANISATIONS.kobenhavn.id}`;
  await call(gateway, 'reporterKobenhavn', 'PUT', submission, {
    values: [
      { indicator: 'unge-i-uddannelse', value: 1250 },
      { indicator: 'anbragte-boern', value: 3 },
    ],
  });
  await call(gateway, 'reporterKobenhavn', 'POST', `${submission}/submit`);
  await call(gateway, 'coordinator', 'POST', `${submission}/approve`);
  // A rule set after the approval: only the validation report over the history finds the break.
  await call(gateway, 'coordinator', 'PUT', `/measurement/programmes/${programme.id}/measurement-settings`, {
    rules: [{ left: 'unge-i-uddannelse', operator: '<=', right: 'anbragte-boern' }],
    suppressBelow: 5,
    minContributors: 3,
  });
  await waitFor('the scorecard to show the approved report', async () => {
    const scorecard = await call<ScorecardDto>(
      gateway,
      'helsefonden',
      'GET',
      `/measurement/programmes/${programme.id}/scorecard`,
    );
    return scorecard.indicators.some((item) => item.curve.some((point) => point.value === 1250));
  });
}

const suite = browserSuite(
  'learning',
  async (stack) => {
    programme = await setUpProgramme(stack.gateway);
    await classifyReportAndApprove();
  },
  240_000,
);

describe('scorecards, stories and learning in a browser', () => {
  let coordinator: Page;

  it('shows the rules broken over the history and classifies an indicator as a performance measure in the Måling set-up screen', async () => {
    coordinator = await suite.userPage('coordinator.backbone');
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/measurement`);
    const broken = coordinator.getByRole('table', { name: 'Godkendte indberetninger, der bryder en regel' });
    await expect(
      broken.getByRole('row', { name: /2026-Q2 Københavns Kommune/ }).textContent(),
    ).resolves.toContain('unge-i-uddannelse <= anbragte-boern');
    const tracked = coordinator.getByRole('table', { name: 'Indikatorer programmet følger' });
    await tracked.getByRole('button', { name: 'Redigér unge-i-uddannelse' }).click();
    const edit = coordinator.getByRole('form', { name: 'Redigér unge-i-uddannelse' });
    await edit.getByLabel('Slags indikator').selectOption('performance');
    await edit.getByLabel('Spørgsmål').selectOption('better-off');
    await edit.getByLabel('Flere unge i uddannelse').check();
    await expectAccessible(coordinator);
    await edit.getByRole('button', { name: 'Gem indikatoren for programmet' }).click();
    await coordinator.getByText('unge-i-uddannelse er gemt for programmet.').waitFor();
    const saved = await call<
      { code: string; rbaKind: string; performanceQuestion: string; targets: unknown[] }[]
    >(suite.stack.gateway, 'coordinator', 'GET', `/measurement/programmes/${programme.id}/indicators`);
    expect(saved.find((item) => item.code === 'unge-i-uddannelse')).toMatchObject({
      rbaKind: 'performance',
      performanceQuestion: 'better-off',
      targets: [{ period: '2026-Q2', value: 1500 }],
    });
  }, 90_000);

  it('shows the scorecard by Results-Based Accountability class, turning the curve, and no small count', async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}`);
    await coordinator.getByRole('link', { name: 'Scorecard' }).first().click();
    await coordinator.getByRole('heading', { level: 2, name: 'Befolkningsindikatorer' }).waitFor();
    await coordinator.getByRole('heading', { level: 2, name: 'Har nogen fået det bedre?' }).waitFor();
    const education = coordinator.getByRole('region', { name: 'Unge i uddannelse' });
    await expect(education.textContent()).resolves.toContain('Kurven knækker');
    await expect(education.textContent()).resolves.toMatch(/faktisk 1\.250 mod prognose 1\.000/);
    const care = coordinator.getByRole('region', { name: 'Anbragte børn' });
    // København's 3 children in care is a small count: "<5" on the card, never the number.
    await expect(care.textContent()).resolves.toContain('Seneste<5 (2026-Q2)');
    await expect(care.textContent()).resolves.not.toMatch(/Seneste3 /);
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'learning-01-scorecard');
  }, 90_000);

  it('shows one goal’s scorecard from the goal on the overview', async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}`);
    await coordinator.getByRole('link', { name: 'Scorecard for Flere unge i uddannelse' }).click();
    await coordinator.getByRole('region', { name: 'Unge i uddannelse' }).waitFor();
    await expect(coordinator.getByLabel('Mål').inputValue()).resolves.not.toBe('');
    expect(await coordinator.getByRole('region', { name: 'Anbragte børn' }).count()).toBe(0);
    await expectAccessible(coordinator);
  }, 60_000);

  it('writes the story behind the curve with an action plan, and comments on it', async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/scorecard`);
    const education = coordinator.getByRole('region', { name: 'Unge i uddannelse' });
    await education.getByRole('link', { name: '2026-Q2' }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Historien bag kurven' }).waitFor();
    await coordinator
      .getByLabel('Hvad forklarer tallene?')
      .fill('Lektiecaféerne fik flere unge til at blive.');
    await coordinator.getByLabel('Hvilke partnere kan hjælpe?').fill('Bibliotekerne');
    await coordinator.getByRole('button', { name: 'Tilføj en handling' }).click();
    const action = coordinator.getByRole('group', { name: 'Handling 1' });
    await action.getByLabel('Hvem').fill('Sekretariatet');
    await action.getByLabel('Hvad').fill('Udbrede lektiecaféerne');
    await action.getByLabel('Hvornår').fill('2026-09-30');
    await coordinator.getByRole('button', { name: 'Gem historien' }).click();
    await coordinator.getByText('Senest skrevet').waitFor();
    await coordinator.getByLabel('Ny kommentar').fill('Godt set – vi tager det med på styregruppemødet.');
    await coordinator.getByRole('button', { name: 'Kommentér' }).click();
    await coordinator.getByText('Godt set – vi tager det med på styregruppemødet.').first().waitFor();
    await coordinator.reload();
    await expect(coordinator.getByLabel('Hvad forklarer tallene?').inputValue()).resolves.toBe(
      'Lektiecaféerne fik flere unge til at blive.',
    );
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'learning-02-story');
  }, 90_000);

  it('names a bad action in the plan next to its field', async () => {
    const action = coordinator.getByRole('group', { name: 'Handling 1' });
    await action.getByLabel('Hvem').fill('');
    await coordinator.getByRole('button', { name: 'Gem historien' }).click();
    await coordinator.getByRole('alert').filter({ hasText: 'Ret de markerede felter.' }).waitFor();
    await expect(action.getByLabel('Hvem').getAttribute('aria-invalid')).resolves.toBe('true');
  }, 60_000);

  it('keeps a learning log and finds an entry by another form of its words', async () => {
    await coordinator.goto(`${suite.stack.portalUrl}/programmes/${programme.id}/learning`);
    await coordinator.getByLabel('Overskrift').fill('Mentorer virker');
    await coordinator.getByLabel('Hvad lærte vi?').fill('Unge med en mentor bliver oftere i uddannelse.');
    await coordinator.getByRole('button', { name: 'Gem i læringsloggen' }).click();
    await coordinator.getByRole('heading', { level: 3, name: 'Mentorer virker' }).waitFor();
    await coordinator.getByLabel('Søg i læringsloggen').fill('mentorerne');
    await coordinator.getByRole('button', { name: 'Søg', exact: true }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Fundet for "mentorerne"' }).waitFor();
    await coordinator.getByRole('heading', { level: 3, name: 'Mentorer virker' }).waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'learning-03-log');
  }, 90_000);

  it('lets a foundation officer set one indicator side by side across the programmes it funds', async () => {
    const funder = await suite.userPage('officer.helsefonden');
    await funder
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Sammenlign' })
      .click();
    await funder.getByRole('heading', { level: 1, name: 'Sammenlign programmer' }).waitFor();
    await funder.getByLabel('Indikator').selectOption('unge-i-uddannelse');
    const table = funder.getByRole('table', { name: 'Unge i uddannelse pr. program og periode' });
    const row = table.getByRole('row', { name: /Bryd den negative sociale arv/ });
    await expect(row.textContent()).resolves.toContain('1.250');
    await expectAccessible(funder);
    await screenshot(funder, 'learning-04-comparison');
  }, 90_000);
});
