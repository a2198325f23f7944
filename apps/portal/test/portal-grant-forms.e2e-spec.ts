import { waitFor } from '@samvirke/testing';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, setUpGrantCall, setUpProgramme } from './portal-stack.fixture.js';

/**
 * A call's own application form in a real browser against the real stack: Helsefonden's officer
 * designs it on the call's page (an eligibility question, a text with a word limit, a table),
 * København's reporter is stopped by the eligibility question and then answers the form, and the
 * officer reads the answers on the submitted application.
 */
let callId = '';
const STOP = 'Kun organisationer med aktiviteter i Danmark kan søge.';

const suite = browserSuite(
  'portal-grant-forms',
  async (stack) => {
    const programme = await setUpProgramme(stack.gateway);
    callId = (await setUpGrantCall(stack.gateway, programme.id)).id;
  },
  180_000,
);

async function addQuestion(officer: Page, n: number, label: string, type: string): Promise<void> {
  await officer.getByRole('button', { name: 'Tilføj spørgsmål' }).click();
  await officer.getByLabel(`Spørgsmålstekst ${n}`, { exact: true }).fill(label);
  await officer.getByLabel(`Type, spørgsmål ${n}`, { exact: true }).selectOption({ label: type });
}

describe('application forms in the portal', () => {
  let officer: Page;
  let reporter: Page;

  it('lets the officer design the call’s form: an eligibility question, a text with a word limit and a table', async () => {
    officer = await suite.userPage('officer.helsefonden');
    await officer.goto(`${suite.stack.portalUrl}/grants/calls/${callId}`);
    await officer.getByText('Opslaget har intet eget skema endnu.').waitFor();
    await addQuestion(officer, 1, 'Har organisationen aktiviteter i Danmark?', 'Valg');
    await officer.getByLabel('Svarmuligheder, spørgsmål 1 (én pr. linje)').fill('Ja\nNej');
    await officer.getByLabel('Berettigelsesspørgsmål (besvares først), spørgsmål 1').check();
    await officer.getByLabel('Svar der giver adgang, spørgsmål 1 (én pr. linje)').fill('Måske');
    await officer.getByLabel('Besked til ansøgere der ikke kan søge, spørgsmål 1').fill(STOP);
    await addQuestion(officer, 2, 'Formål', 'Tekst');
    await officer.getByLabel('Skal besvares, spørgsmål 2').check();
    await officer.getByLabel('Højst antal ord, spørgsmål 2').fill('5');
    await addQuestion(officer, 3, 'Aktiviteter', 'Tabel');
    await officer.getByLabel(/^Kolonner, spørgsmål 3/).fill('Aktivitet\nTimer #');
    await officer.getByRole('button', { name: 'Gem skemaet' }).click();
    // The service names the accepted option that is not offered, next to its field.
    await officer.getByRole('alert').waitFor();
    await officer.getByLabel('Svar der giver adgang, spørgsmål 1 (én pr. linje)').fill('Ja');
    await officer.getByRole('button', { name: 'Gem skemaet' }).click();
    await officer.getByText(/^Version 1/).waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'grant-forms-01-builder');
  }, 120_000);

  it('stops the applicant at the eligibility question with the foundation’s message, then asks the call’s questions', async () => {
    reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(`${suite.stack.portalUrl}/grants/calls/${callId}`);
    await reporter.getByRole('button', { name: 'Start en ansøgning' }).click();
    await reporter.getByRole('heading', { level: 2, name: 'Kan I søge?' }).waitFor();
    expect(await reporter.getByLabel('Titel').count()).toBe(0);
    await reporter.getByLabel('Nej').check();
    await reporter.getByRole('button', { name: 'Fortsæt' }).click();
    await reporter.getByRole('alert').getByText(STOP).waitFor();
    expect(await reporter.getByLabel('Titel').count()).toBe(0);
    await expectAccessible(reporter);
    await screenshot(reporter, 'grant-forms-02-ineligible');
    await reporter.getByLabel('Ja').check();
    await reporter.getByRole('button', { name: 'Fortsæt' }).click();
    await reporter.getByLabel('Titel').fill('Lektiecaféer i Tingbjerg');
    await reporter.getByLabel('Beskrivelse').fill('Frivillige hjælper børn med lektier.');
    await reporter.getByLabel('Ansøgt beløb (kr.)').fill('750.000');
    await reporter.getByRole('button', { name: 'Tilføj budgetpost' }).click();
    await reporter.getByLabel('Post 1', { exact: true }).fill('Lektiehjælpere');
    await reporter.getByLabel('Beløb, post 1 (kr.)').fill('750.000');
    await reporter.getByLabel('Formål * (højst 5 ord)').fill('Lektiehjælp hver uge');
    await reporter.getByRole('button', { name: 'Tilføj række' }).click();
    await reporter.getByLabel('Aktivitet 1').fill('Lektiecafé');
    await reporter.getByLabel('Timer 1').fill('120');
    await reporter.getByText(/^Gemt \d/).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'grant-forms-03-answers');
    await reporter.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    await reporter.getByText('Indsendt', { exact: true }).first().waitFor();
  }, 120_000);

  it('shows the officer the answers on the submitted application', async () => {
    const [application] = await call<{ id: string; answers: Record<string, unknown> }[]>(
      suite.stack.gateway,
      'helsefonden',
      'GET',
      `/grants/calls/${callId}/applications`,
    );
    await waitFor('the application to be there', () => Promise.resolve(application !== undefined));
    expect(application?.answers['formaal']).toBe('Lektiehjælp hver uge');
    await officer.goto(`${suite.stack.portalUrl}/grants/applications/${application?.id ?? ''}`);
    const answers = officer.getByRole('region', { name: /Svar på opslagets spørgsmål/ });
    await answers.getByText('Lektiehjælp hver uge').waitFor();
    await answers.getByRole('cell', { name: 'Lektiecafé' }).waitFor();
    await answers.getByText('Ja', { exact: true }).waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'grant-forms-04-answers-for-the-funder');
  }, 90_000);
});
