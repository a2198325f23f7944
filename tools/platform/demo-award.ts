/**
 * The demo's co-funded award: Helsefonden awards København 3 mio. kr., a third of it Bikubenfonden's
 * (which confirms its share), in three tranches. The first is paid; the second waited for
 * København's approved report of the quarter before the open one and is paid; the third waits for
 * its report of the open quarter, which the backbone has returned for correction, and for the
 * funder's approval of København's progress report, which København has submitted.
 */
import type { AwardDto, AwardHistoryDto, GrantReportDto, GrantReportsDto } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import type { DemoApi } from './demo-api.js';
import { nextQuarter, previousQuarter, quarterStart, type DemoCalendar } from './demo-calendar.js';
import {
  AWARD_INDICATOR,
  MIO,
  type DemoApplication,
  type DemoCall,
  type Foundation,
} from './demo-grants-plan.js';

export interface AwardContext {
  readonly call: DemoCall;
  readonly application: DemoApplication;
  readonly applicationId: string;
  readonly programmeId: string;
  readonly calendar: DemoCalendar;
}

const FUNDERS: readonly Foundation[] = ['helsefonden', 'bikubenfonden', 'realdania'];

function foundationOf(organisationId: string): Foundation {
  const found = FUNDERS.find((funder) => DEMO_ORGANISATIONS[funder].id === organisationId);
  if (!found) throw new Error(`grants demo: ${organisationId} is no demo foundation`);
  return found;
}

/** The award as it is made: shares, two reporting conditions and three tranches. */
export function awardBody(ctx: AwardContext): Record<string, unknown> {
  const reported = previousQuarter(ctx.calendar.openQuarter);
  const open = ctx.calendar.openQuarter;
  return {
    amountOre: 3 * MIO,
    title: ctx.application.title,
    shares: [
      { funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: 2 * MIO },
      { funderOrganisationId: DEMO_ORGANISATIONS.bikubenfonden.id, amountOre: 1 * MIO },
    ],
    conditions: [
      { key: `rapport-${reported}`, indicatorCode: AWARD_INDICATOR, period: reported },
      { key: `rapport-${open}`, indicatorCode: AWARD_INDICATOR, period: open },
    ],
    tranches: [
      { amountOre: 1 * MIO, earliestDate: quarterStart(reported) },
      { amountOre: 1 * MIO, earliestDate: quarterStart(open), conditions: [`rapport-${reported}`] },
      {
        amountOre: 1 * MIO,
        earliestDate: quarterStart(nextQuarter(open)),
        conditions: [`rapport-${open}`],
        awaitsReport: 'progress',
      },
    ],
  };
}

async function findOrMakeAward(api: DemoApi, ctx: AwardContext): Promise<AwardDto> {
  const awards = await api.get<AwardDto[]>(ctx.call.funder, `/grants/programmes/${ctx.programmeId}/awards`);
  const found = awards.find(
    (award) => award.applicationId === ctx.applicationId && award.status !== 'declined',
  );
  if (found) return found;
  return api.must<AwardDto>(
    ctx.call.funder,
    'POST',
    `/grants/applications/${ctx.applicationId}/award`,
    awardBody(ctx),
  );
}

/** Each co-funder confirms its share of a pending award; the last confirmation makes it. */
async function confirmShares(api: DemoApi, award: AwardDto): Promise<AwardDto> {
  let current = award;
  for (const share of award.shares.filter((candidate) => candidate.status === 'pending')) {
    const path = `/grants/awards/${award.id}/shares/${share.funderOrganisationId}/confirm`;
    current = await api.must<AwardDto>(foundationOf(share.funderOrganisationId), 'POST', path);
  }
  return current;
}

/** Waits until the first two tranches are released, then each funder pays its part of them. */
async function payReleasedTranches(api: DemoApi, award: AwardDto, year: string): Promise<number> {
  const released = await waitFor(
    'the second tranche to be released by its approved report',
    async () => {
      const current = await api.get<AwardDto>('admin', `/grants/awards/${award.id}`);
      const first = [...current.tranches].sort((a, b) => a.position - b.position).slice(0, 2);
      return first.every((tranche) => tranche.status !== 'pending') ? first : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 300 },
  );
  let paid = 0;
  for (const tranche of released)
    for (const share of tranche.shares.filter((part) => part.paidAt === null)) {
      const funder = foundationOf(share.funderOrganisationId);
      await api.must(funder, 'POST', `/grants/awards/${award.id}/tranches/${tranche.id}/payment`, {
        paymentReference: `${funder === 'helsefonden' ? 'HF' : 'BF'}-${year}-${tranche.position}`,
        funderOrganisationId: share.funderOrganisationId,
      });
      paid += 1;
    }
  return paid;
}

/**
 * København's progress report before the last tranche (once: not when the award has any report,
 * nor when the tranche does not wait for one, as with an older loader's award), left for
 * Helsefonden's officer to decide. Staff costs came in a fifth under budget, explained.
 */
async function submitProgressReport(api: DemoApi, award: AwardDto): Promise<void> {
  const last = [...award.tranches].sort((a, b) => b.position - a.position)[0];
  if (!last || last.awaitsReport !== 'progress') return;
  const path = `/grants/awards/${award.id}/reports`;
  const existing = await api.get<GrantReportsDto>('reporterKobenhavn', path);
  if (existing.reports.length > 0) return;
  const texts = [
    'Tre skoler og fem dagtilbud arbejder efter den fælles model; 140 familier har haft et forløb.',
    'Fraværet er faldet i to af de tre skoler; målingen for kvartalet er indberettet.',
    'Rekrutteringen af familierådgivere tog længere tid end planlagt.',
  ];
  const report = await api.must<GrantReportDto>('reporterKobenhavn', 'POST', path, {
    kind: 'progress',
    trancheId: last.id,
    sections: Object.fromEntries(
      existing.template.map((section, i) => [section.key, texts[i] ?? 'Se ovenfor.']),
    ),
    financialLines: existing.budgetLines.map((line, i) =>
      i === 0
        ? {
            category: line.category,
            actualOre: Math.round(line.amountOre * 0.8),
            explanation: 'To stillinger blev besat tre måneder senere end planlagt.',
          }
        : { category: line.category, actualOre: line.amountOre },
    ),
  });
  // The budget follow-up as a spreadsheet export, attached to the report (stored in S3Mock).
  const csv = [
    'Budgetpost;Budget (kr.);Forbrug (kr.)',
    ...report.financialLines.map(
      (line) => `${line.category};${line.budgetOre / 100};${line.actualOre / 100}`,
    ),
  ].join('\r\n');
  await api.upload(
    'reporterKobenhavn',
    `${path}/${report.id}/attachments`,
    Buffer.from(csv),
    'Budgetopfølgning.csv',
  );
}

/**
 * Makes and confirms the award if it is not there, and pays its released tranches; returns the
 * payments made. An award an older loader made waits for an indicator its programme does not track
 * (grants has no way to change an award's conditions): it is left as it is.
 */
export async function loadAward(api: DemoApi, ctx: AwardContext): Promise<number> {
  const award = await confirmShares(api, await findOrMakeAward(api, ctx));
  if (award.conditions.some((condition) => condition.indicatorCode !== AWARD_INDICATOR)) {
    console.log(
      `demo data: the award "${award.title}" of an older demo waits for an indicator nobody reports`,
    );
    return 0;
  }
  const payments = await payReleasedTranches(api, award, ctx.calendar.today.slice(0, 4));
  await submitProgressReport(api, award);
  await declinedAmendment(api, award.id);
  return payments;
}

/**
 * Once: Helsefonden proposes to move 100.000 kr. of its share to Bikubenfonden, whose officer
 * declines it with a reason; the award keeps its terms and its page shows the declined amendment.
 */
async function declinedAmendment(api: DemoApi, awardId: string): Promise<void> {
  const path = `/grants/awards/${awardId}`;
  if ((await api.get<AwardHistoryDto>('helsefonden', `${path}/history`)).amendments.length > 0) return;
  const award = await api.get<AwardDto>('helsefonden', path);
  const keyOf = new Map(award.conditions.map((c) => [c.id, c.key]));
  const moved = (funder: string) => (funder === DEMO_ORGANISATIONS.helsefonden.id ? -MIO / 10 : MIO / 10);
  const amendment = await api.must<{ id: string }>('helsefonden', 'POST', `${path}/amendments`, {
    reason: 'Bikubenfonden overtager en del af familierådgivernes løn i sidste rate.',
    amountOre: award.amountOre,
    shares: award.shares.map((s) => ({
      funderOrganisationId: s.funderOrganisationId,
      amountOre: s.amountOre + moved(s.funderOrganisationId),
    })),
    conditions: award.conditions.map(({ key, indicatorCode, period }) => ({ key, indicatorCode, period })),
    tranches: award.tranches
      .filter((t) => t.shares.every((part) => part.paidAt === null))
      .map((t) => ({
        amountOre: t.amountOre,
        earliestDate: t.earliestDate,
        conditions: t.conditionIds.map((id) => keyOf.get(id) ?? id),
        awaitsReport: t.awaitsReport,
        awaitsAgreement: t.awaitsAgreement,
      })),
  });
  const bikuben = DEMO_ORGANISATIONS.bikubenfonden.id;
  await api.must('bikubenfonden', 'POST', `${path}/amendments/${amendment.id}/funders/${bikuben}/decline`, {
    reason: 'Vores bestyrelse behandler først en større andel på næste møde.',
  });
}
