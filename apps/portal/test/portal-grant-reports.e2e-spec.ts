import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import type { AwardDto } from '@samvirke/contracts';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './portal-browser.js';
import { browserSuite, call, setUpGrantCall, setUpProgramme } from './portal-stack.fixture.js';

/**
 * After the award, in a real browser against the real stack: Helsefonden awards København
 * 600.000 kr. in two tranches, the first waiting for the agreement's acceptance, the second for an
 * approved progress report. København accepts, reports (the form's checks told in place), the
 * officer returns the report with a comment, København reports again and the officer approves: the
 * second tranche is then eligible. Each screen in Danish, checked by axe-core.
 */
let awardId = '';
let programmeId = '';

const suite = browserSuite(
  'portal-grant-reports',
  async (stack) => {
    const programme = await setUpProgramme(stack.gateway);
    programmeId = programme.id;
    const grantCall = await setUpGrantCall(stack.gateway, programme.id);
    const application = await call<{ id: string }>(
      stack.gateway,
      'reporterKobenhavn',
      'POST',
      `/grants/calls/${grantCall.id}/applications`,
      {
        applicantOrganisationId: DEMO_ORGANISATIONS.kobenhavn.id,
        title: 'Lektiecafé i Sydhavnen',
        description: 'Et sted for unge at være om eftermiddagen, med lektiehjælp.',
        requestedAmountOre: 60_000_000,
        budgetLines: [
          { category: 'Personale', amountOre: 45_000_000 },
          { category: 'Materialer', amountOre: 15_000_000 },
        ],
      },
    );
    await call(stack.gateway, 'reporterKobenhavn', 'POST', `/grants/applications/${application.id}/submit`);
    const award = await call<{ id: string }>(
      stack.gateway,
      'helsefonden',
      'POST',
      `/grants/applications/${application.id}/award`,
      {
        amountOre: 60_000_000,
        shares: [{ funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: 60_000_000 }],
        tranches: [
          { amountOre: 30_000_000, earliestDate: '2026-01-01', awaitsAgreement: true },
          { amountOre: 30_000_000, earliestDate: '2026-01-01', awaitsReport: 'progress' },
        ],
      },
    );
    awardId = award.id;
  },
  240_000,
);

const awardUrl = (): string => `${suite.stack.portalUrl}/grants/awards/${awardId}`;

/** København fills in the progress report before tranche 2: Personale underspent by a third. */
async function fillReport(reporter: Page, explanation: string): Promise<void> {
  const form = reporter.getByRole('form', { name: 'Indsend en rapport' });
  await form.getByLabel('Før raten').selectOption({ label: 'Rate 2' });
  await form.getByLabel('Progress and activities').fill('32 børn kommer fast i lektiecaféen.');
  await form.getByLabel('Results for the target group').fill('Karaktererne i dansk er steget.');
  await form.getByLabel('Challenges and changes to the plan').fill('Det var svært at finde frivillige.');
  await form.getByLabel('Faktisk forbrug på Personale (kr.)').fill('300.000');
  await form.getByLabel('Faktisk forbrug på Materialer (kr.)').fill('150.000');
  await form.getByLabel('Forklaring på afvigelse: Personale').fill(explanation);
}

async function tranche2Status(page: Page, status: string): Promise<void> {
  await page
    .getByRole('table', { name: 'Rater og deres status' })
    .getByRole('row', { name: new RegExp(`^2 .*godkendt statusrapport.*${status}`) })
    .waitFor();
}

describe("a grantee's reports in the portal", () => {
  let reporter: Page;
  let officer: Page;

  it('shows what each tranche waits for, and lets København accept the agreement', async () => {
    reporter = await suite.userPage('reporter.kobenhavn');
    await reporter.goto(awardUrl());
    const tranches = reporter.getByRole('table', { name: 'Rater og deres status' });
    await tranches.getByRole('row', { name: /^1 .*accepteret aftale.*Afventer/ }).waitFor();
    await tranche2Status(reporter, 'Afventer');
    await reporter.getByRole('button', { name: 'Acceptér tilskudsaftalen' }).click();
    await reporter.getByText(/^Accepteret .* af reporter\.kobenhavn\.$/).waitFor();
    await reporter.reload();
    await tranches.getByRole('row', { name: /^1 .*accepteret aftale.*Kan udbetales/ }).waitFor();
  }, 90_000);

  it('checks the report as København writes it, then submits it', async () => {
    const reports = reporter.getByRole('region', { name: 'Rapporter' });
    await reports.getByText('Ingen rapporter endnu.').waitFor();
    await fillReport(reporter, '');
    await reporter.getByRole('button', { name: 'Indsend rapporten' }).click();
    const explanation = reporter.getByLabel('Forklaring på afvigelse: Personale');
    await expect(explanation.getAttribute('aria-invalid')).resolves.toBe('true');
    await reports.getByText('Afviger mere end 10 % fra budgettet: forklar hvorfor.').waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'reports-01-explanation-missing');
    await explanation.fill('Vi fik frivillige i stedet for løn til to medarbejdere.');
    await reporter.getByRole('button', { name: 'Indsend rapporten' }).click();
    const report = reports.getByRole('article', { name: 'Statusrapport før rate 2 · version 1' });
    await report.getByText('Indsendt', { exact: true }).waitFor();
    await report
      .getByRole('row', { name: /^Personale\s+450\.000\s+kr\.\s+300\.000\s+kr\.\s+-150\.000\s+kr\./ })
      .waitFor();
    expect(await report.getByRole('button', { name: 'Godkend rapporten' }).count()).toBe(0);
  }, 60_000);

  it('lets København attach a PDF to the report, which the officer downloads byte for byte', async () => {
    const report = reporter.getByRole('article', { name: 'Statusrapport før rate 2 · version 1' });
    const attachments = report.getByRole('region', { name: 'Bilag' });
    await attachments.getByText('Ingen bilag.').waitFor();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    await attachments.getByLabel(/^Vedhæft en fil/).setInputFiles({
      name: 'Revisorerklæring.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await attachments.getByRole('button', { name: 'Vedhæft', exact: true }).click();
    await attachments.getByRole('button', { name: 'Revisorerklæring.pdf' }).waitFor();
    await attachments.getByLabel(/^Vedhæft en fil/).setInputFiles({
      name: 'program.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ\x90\x00'),
    });
    await attachments.getByRole('button', { name: 'Vedhæft', exact: true }).click();
    await attachments.getByText(/^Filen er ikke PDF, Excel, Word, CSV, PNG eller JPEG/).waitFor();
    await expectAccessible(reporter);
    await screenshot(reporter, 'reports-01b-attachment');

    const officerPage = await suite.userPage('officer.helsefonden');
    await officerPage.goto(awardUrl());
    const officerAttachments = officerPage
      .getByRole('article', { name: 'Statusrapport før rate 2 · version 1' })
      .getByRole('region', { name: 'Bilag' });
    const downloading = officerPage.waitForEvent('download');
    await officerAttachments.getByRole('button', { name: 'Revisorerklæring.pdf' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Revisorerklæring.pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
    expect(await officerAttachments.getByLabel(/^Vedhæft en fil/).count()).toBe(0);
    await officerPage.close();
  }, 60_000);

  it('lets the officer return the report with a comment, the missing comment told next to its field', async () => {
    officer = await suite.userPage('officer.helsefonden');
    await officer.goto(awardUrl());
    const report = officer.getByRole('article', { name: 'Statusrapport før rate 2 · version 1' });
    await report.getByRole('button', { name: 'Send tilbage med kommentar' }).click();
    await report.getByText('Skriv en kommentar til modtageren.').waitFor();
    await expectAccessible(officer);
    await report.getByLabel('Kommentar til modtageren').fill('Hvor mange frivillige, og hvor længe?');
    await report.getByRole('button', { name: 'Send tilbage med kommentar' }).click();
    await report.getByText('Sendt tilbage', { exact: true }).waitFor();
    await screenshot(officer, 'reports-02-returned');
  }, 60_000);

  it('lets København read the comment and submit a new version, which the officer approves: tranche 2 is eligible', async () => {
    await reporter.reload();
    await reporter
      .getByRole('article', { name: 'Statusrapport før rate 2 · version 1' })
      .getByText('Hvor mange frivillige, og hvor længe?')
      .waitFor();
    await fillReport(reporter, 'Seks frivillige hele foråret i stedet for to lønnede.');
    await reporter.getByRole('button', { name: 'Indsend rapporten' }).click();
    await reporter.getByRole('article', { name: 'Statusrapport før rate 2 · version 2' }).waitFor();

    await officer.reload();
    const second = officer.getByRole('article', { name: 'Statusrapport før rate 2 · version 2' });
    await second.getByRole('button', { name: 'Godkend rapporten' }).click();
    await second.getByText('Godkendt', { exact: true }).waitFor();
    await tranche2Status(officer, 'Kan udbetales');
    await expectAccessible(officer);
    await screenshot(officer, 'reports-03-approved');
  }, 60_000);
  it('lets the officer record money back (too much refused at its field) and amend the award: the agreement gets version 2', async () => {
    const award = await call<AwardDto>(
      suite.stack.gateway,
      'helsefonden',
      'GET',
      `/grants/awards/${awardId}`,
    );
    await call(
      suite.stack.gateway,
      'helsefonden',
      'POST',
      `/grants/awards/${awardId}/tranches/${award.tranches[0]?.id}/payment`,
      {
        paymentReference: 'HF-2026-0042',
      },
    );
    await officer.reload();
    const history = officer.getByRole('region', { name: 'Ændringer og tilbagebetalinger' });
    await history.getByText('Ingen ændringer eller tilbagebetalinger endnu.').waitFor();
    const refund = officer.getByRole('form', { name: 'Registrér en tilbagebetaling' });
    await refund.getByLabel('Beløb (kr.)').fill('400.000');
    await refund.getByLabel('Reference').fill('Retur 17');
    await refund.getByRole('button', { name: 'Registrér tilbagebetalingen' }).click();
    // 400.000 kr. is more than Helsefonden paid (300.000 kr.): told next to the amount.
    await refund.locator('#refund-amount-error').waitFor();
    await expect(refund.getByLabel('Beløb (kr.)').getAttribute('aria-invalid')).resolves.toBe('true');
    await refund.getByLabel('Beløb (kr.)').fill('50.000');
    await refund.getByRole('button', { name: 'Registrér tilbagebetalingen' }).click();
    await history
      .getByRole('list', { name: 'Tilbagebetalinger' })
      .getByText(/^Tilbagebetalt 50\.000\s+kr\.\s+til /)
      .waitFor();

    const amend = officer.getByRole('form', { name: 'Foreslå en ændring' });
    await amend.getByLabel('Begrundelse').fill('Flere børn end ventet i efteråret.');
    await amend.getByLabel(/^Andel fra /).fill('650000');
    await amend.getByRole('group', { name: 'Rate 2' }).getByLabel('Beløb (kr.)').fill('350000');
    await amend.getByRole('button', { name: 'Foreslå ændringen' }).click();
    await history.getByText('Ændring (aftale version 2)').waitFor();
    await officer
      .getByRole('table', { name: 'Rater og deres status' })
      .getByRole('row', { name: /^2 .*350\.000/ })
      .waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'reports-04-amended');

    await reporter.reload();
    await reporter.getByText(/Version 2 · SHA-256/).waitFor();
    await reporter.getByRole('button', { name: 'Acceptér tilskudsaftalen' }).waitFor();
  }, 90_000);
  it('lets a new co-funder approve an amendment that gives it a share: then it is applied', async () => {
    const gateway = suite.stack.gateway;
    const bikuben = DEMO_ORGANISATIONS.bikubenfonden;
    await call(gateway, 'admin', 'POST', '/partners/organisations', {
      id: bikuben.id,
      name: bikuben.name,
      type: bikuben.type,
    });
    await call(gateway, 'coordinator', 'POST', `/partners/programmes/${programmeId}/members`, {
      organisationId: bikuben.id,
      roles: ['funder'],
    });
    await waitFor('grants to know Bikubenfonden as a funder', async () => {
      try {
        await call(gateway, 'bikubenfonden', 'POST', `/grants/programmes/${programmeId}/commitments`, {
          funderOrganisationId: bikuben.id,
          amountOre: 100_000_000,
          periodStart: '2026-01-01',
          periodEnd: '2028-12-31',
        });
        return true;
      } catch {
        return false;
      }
    });
    const award = await call<AwardDto>(gateway, 'helsefonden', 'GET', `/grants/awards/${awardId}`);
    await call(gateway, 'helsefonden', 'POST', `/grants/awards/${awardId}/amendments`, {
      reason: 'Bikubenfonden betaler en del af rate 2.',
      amountOre: award.amountOre,
      shares: [
        { funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: award.amountOre - 10_000_000 },
        { funderOrganisationId: bikuben.id, amountOre: 10_000_000 },
      ],
      tranches: [
        { amountOre: award.tranches[1]?.amountOre, earliestDate: '2026-01-01', awaitsReport: 'progress' },
      ],
    });
    const cofunder = await suite.userPage('officer.bikubenfonden');
    await cofunder.goto(awardUrl());
    const approvals = cofunder.getByRole('list', { name: 'Godkendelser' });
    await approvals.getByText(/Bikubenfonden: afventer/).waitFor();
    await expectAccessible(cofunder);
    await approvals.getByRole('button', { name: 'Godkend ændringen' }).click();
    await approvals.getByText(/Bikubenfonden: godkendt af officer\.bikubenfonden/).waitFor();
    await cofunder.getByText('Ændring (aftale version 3)').waitFor();
  }, 120_000);

  it('lets the co-funder decline an amendment with a reason, and the awarding officer withdraw the next', async () => {
    const gateway = suite.stack.gateway;
    const bikuben = DEMO_ORGANISATIONS.bikubenfonden.id;
    const propose = async (reason: string): Promise<void> => {
      const award = await call<AwardDto>(gateway, 'helsefonden', 'GET', `/grants/awards/${awardId}`);
      await call(gateway, 'helsefonden', 'POST', `/grants/awards/${awardId}/amendments`, {
        reason,
        amountOre: award.amountOre,
        shares: [
          { funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: award.amountOre - 5_000_000 },
          { funderOrganisationId: bikuben, amountOre: 5_000_000 },
        ],
        tranches: award.tranches
          .filter((t) => t.status !== 'paid')
          .map((t) => ({
            amountOre: t.amountOre,
            earliestDate: t.earliestDate,
            awaitsReport: t.awaitsReport,
          })),
      });
    };
    await propose('Bikubenfonden betaler mindre.');
    const cofunder = await suite.userPage('officer.bikubenfonden');
    await cofunder.goto(awardUrl());
    const approvals = cofunder.getByRole('list', { name: 'Godkendelser' });
    await approvals.getByText(/Bikubenfonden: afventer/).waitFor();
    await approvals.getByRole('button', { name: 'Afvis ændringen' }).click();
    // No reason: told next to its field, nothing sent.
    await expect(
      approvals.getByLabel('Begrundelse for afvisning').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await approvals.getByLabel('Begrundelse for afvisning').fill('Vores bestyrelse har ikke behandlet det.');
    await approvals.getByRole('button', { name: 'Afvis ændringen' }).click();
    await cofunder.getByText(/Bikubenfonden: afvist af officer\.bikubenfonden: Vores bestyrelse/).waitFor();
    await cofunder.getByText('Foreslået ændring, afvist').waitFor();
    await expectAccessible(cofunder);

    await propose('Anden fordeling, forsøg to.');
    await officer.reload();
    const history = officer.getByRole('region', { name: 'Ændringer og tilbagebetalinger' });
    await history.getByLabel('Begrundelse (valgfri)').fill('Vi venter til næste år.');
    await history.getByRole('button', { name: 'Træk ændringen tilbage' }).click();
    await history
      .getByText('Foreslået ændring, trukket tilbage af officer.helsefonden: Vi venter til næste år.')
      .waitFor();
    // Nothing pending: the officer may propose again.
    await officer.getByRole('form', { name: 'Foreslå en ændring' }).waitFor();
    await expectAccessible(officer);
    await screenshot(officer, 'reports-05-amendment-withdrawn');
  }, 120_000);
});
