import { DEMO_ORGANISATIONS } from '@samvirke/testing';
import type { AwardDto } from '@samvirke/contracts';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, setUpGrantCall, setUpProgramme } from './portal-stack.fixture.js';

/**
 * A joint application in a real browser against the real stack: København's reporter starts an
 * application to Helsefonden's call and names the NGO as partner with 200.000 kr. of the 800.000 kr.
 * budget; the NGO's member confirms; København submits. Helsefonden awards it (through the API, as
 * the award form has its own suite), and the award page shows the partners' parts of the award and
 * of every tranche, the agreement names them. Each screen in Danish, checked by axe-core.
 */
let callId = '';
let applicationUrl = '';
const NGO = DEMO_ORGANISATIONS.ngo.name;
const kr = (amount: string): RegExp => new RegExp(`${amount.replace(/\./g, '\\.')}\\s?kr\\.`);

const suite = browserSuite(
  'portal-joint-applications',
  async (stack) => {
    const programme = await setUpProgramme(stack.gateway);
    // The lead names its partners among the programme's members.
    await call(stack.gateway, 'coordinator', 'POST', `/partners/programmes/${programme.id}/members`, {
      organisationId: DEMO_ORGANISATIONS.ngo.id,
      roles: ['implementing-partner'],
    });
    callId = (await setUpGrantCall(stack.gateway, programme.id)).id;
  },
  180_000,
);

async function startDraft(lead: Page): Promise<void> {
  await lead.goto(`${suite.stack.portalUrl}/grants/calls/${callId}`);
  await lead.getByRole('button', { name: 'Start en ansøgning' }).click();
  await lead.getByLabel('Titel').fill('Lektiecaféer med Netværket');
  await lead.getByLabel('Beskrivelse').fill('Kommunen og Netværket driver lektiecaféer sammen.');
  await lead.getByLabel('Ansøgt beløb (kr.)').fill('800.000');
  await lead.getByRole('button', { name: 'Tilføj budgetpost' }).click();
  await lead.getByLabel('Post 1', { exact: true }).fill('Lektiehjælpere');
  await lead.getByLabel('Beløb, post 1 (kr.)').fill('800.000');
  await lead.getByText(/^Gemt \d/).waitFor();
  applicationUrl = lead.url();
}

describe('joint applications in the portal', () => {
  let lead: Page;

  it('lets the lead name a partner with its budget on the draft', async () => {
    lead = await suite.userPage('reporter.kobenhavn');
    await startDraft(lead);
    expect(applicationUrl).toMatch(/\/grants\/applications\/[0-9a-f-]{36}$/);
    await lead.getByRole('button', { name: 'Tilføj partner' }).click();
    await lead.getByLabel('Partner 1', { exact: true }).selectOption({ label: NGO });
    await lead.getByLabel('Budget, partner 1 (kr.)').fill('200.000');
    await lead.getByRole('button', { name: 'Gem partnerne' }).click();
    const partners = lead.getByRole('region', { name: 'Fælles ansøgning: partnere' });
    await partners.getByText(new RegExp(`${NGO}: 200\\.000\\s?kr\\. · Afventer bekræftelse`)).waitFor();
    await expectAccessible(lead);
    await screenshot(lead, 'joint-01-partners');
  }, 120_000);

  it("lets the partner's member confirm, and then the lead submit", async () => {
    const partner = await suite.userPage('member.ngo');
    await partner.goto(applicationUrl);
    await partner.getByRole('button', { name: 'Bekræft deltagelse' }).click();
    await partner.getByText(new RegExp(`${NGO}: 200\\.000\\s?kr\\. · Bekræftet`)).waitFor();
    await expectAccessible(partner);
    await screenshot(partner, 'joint-02-confirmed');
    await lead.reload();
    await lead
      .getByText(new RegExp(`${NGO}: 200\\.000\\s?kr\\. · Bekræftet`))
      .first()
      .waitFor();
    await lead.getByRole('button', { name: 'Indsend ansøgningen' }).click();
    await lead.getByText('Indsendt', { exact: true }).first().waitFor();
  }, 90_000);

  it('shows the partners with their parts of the award and of each tranche, and in the agreement', async () => {
    const applicationId = applicationUrl.split('/').pop() ?? '';
    const award = await call<AwardDto>(
      suite.stack.gateway,
      'helsefonden',
      'POST',
      `/grants/applications/${applicationId}/award`,
      {
        amountOre: 80_000_000,
        shares: [{ funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: 80_000_000 }],
        tranches: [
          { amountOre: 50_000_000, earliestDate: '2026-01-01', awaitsAgreement: true },
          { amountOre: 30_000_000, earliestDate: '2026-07-01' },
        ],
      },
    );
    await lead.goto(`${suite.stack.portalUrl}/grants/awards/${award.id}`);
    // København asked for 800.000 kr., the NGO's budget is 200.000: three quarters and a quarter.
    const parts = lead.getByRole('table', { name: 'Partnere og deres andele' });
    const kobenhavn = parts.getByRole('row', { name: /^Københavns Kommune \(hovedansøger\)/ });
    await kobenhavn.getByRole('cell', { name: '75 %' }).waitFor();
    await kobenhavn.getByRole('cell', { name: kr('600.000') }).waitFor();
    await kobenhavn.getByRole('cell', { name: kr('375.000') }).waitFor();
    await kobenhavn.getByRole('cell', { name: kr('225.000') }).waitFor();
    const ngo = parts.getByRole('row', { name: new RegExp(`^${NGO}`) });
    await ngo.getByRole('cell', { name: '25 %' }).waitFor();
    await ngo.getByRole('cell', { name: kr('200.000') }).waitFor();
    await ngo.getByRole('cell', { name: kr('125.000') }).waitFor();
    await ngo.getByRole('cell', { name: kr('75.000') }).waitFor();
    // The tranches show each grantee's part of them.
    const tranche1 = lead
      .getByRole('table', { name: 'Rater og deres status' })
      .getByRole('list', { name: 'Rate 1 pr. modtager', exact: true });
    await tranche1.getByText(new RegExp(`^${NGO}: 125\\.000\\s?kr\\.$`)).waitFor();
    // The agreement names the partners with their parts of the award and of its tranches.
    const agreement = lead.getByRole('region', { name: 'Tilskudsaftale' });
    const partners = agreement.getByRole('list', { name: 'Partnere og deres andele af bevillingen' });
    await partners.getByText(new RegExp(`^${NGO}: 200\\.000\\s?kr\\. \\(25 %\\)$`)).waitFor();
    await partners.getByText(/^Københavns Kommune: 600\.000\s?kr\. \(75 %\)$/).waitFor();
    const agreed = agreement.getByRole('list', { name: 'Aftalens rate 2 pr. modtager' });
    await agreed.getByText(new RegExp(`^${NGO}: 75\\.000\\s?kr\\.$`)).waitFor();
    await expectAccessible(lead);
    await screenshot(lead, 'joint-03-award');
  }, 90_000);
});
