import type { AwardDto, GrantReportDto, GrantReportsDto } from '@samvirke/contracts';
import { awarded, eventsOf, trancheStatus } from '../../test/awards.fixture.js';
import { isBankDay, paymentDueDate } from '../tranches/danish-bank-days.rules.js';
import { grantsSuite, pointers, type Problem } from '../../test/grants-api.fixture.js';

/**
 * Grantee reports on a made award against real PostgreSQL, Kafka and Keycloak: the first tranche
 * waits for København's acceptance of the agreement, the second for Helsefonden's approval of a
 * progress report on it. The application's budget is Løn 1.5 mio. and Aktiviteter 0.5 mio. kr.
 */
const ctx = grantsSuite('grants_reports');

const WAITING = {
  conditions: [],
  tranches: [
    { amountOre: 60_000_000, earliestDate: '2026-01-01', awaitsAgreement: true },
    { amountOre: 90_000_000, earliestDate: '2026-07-01', awaitsReport: 'progress' },
  ],
};

const reports = (awardId: string) => `/awards/${awardId}/reports`;

/** A complete progress report on the award's second tranche: Løn underspent by a third, explained. */
const report = (award: AwardDto, overrides: Record<string, unknown> = {}) => ({
  kind: 'progress',
  trancheId: award.tranches[1]?.id,
  sections: {
    progress: '42 unge har haft en mentor i første halvår.',
    results: '18 er i uddannelse eller job.',
    challenges: 'Rekruttering af mentorer tog længere tid end planlagt.',
  },
  financialLines: [
    { category: 'Løn', actualOre: 100_000_000, explanation: 'Mentorerne startede to måneder senere.' },
    { category: 'Aktiviteter', actualOre: 52_000_000 },
  ],
  ...overrides,
});

async function accept(awardId: string): Promise<void> {
  const read = await ctx.call<{ version: number; termsSha256: string }>(
    'reporterKobenhavn',
    'GET',
    `/awards/${awardId}/agreement`,
  );
  const accepted = await ctx.call('reporterKobenhavn', 'POST', `/awards/${awardId}/agreement/accept`, {
    version: read.body.version,
    termsSha256: read.body.termsSha256,
  });
  if (accepted.status !== 200) throw new Error(JSON.stringify(accepted.body));
}

describe("a grantee's reports and the tranches that wait for them", () => {
  it('holds a tranche until the agreement is accepted, and shows what each tranche waits for', async () => {
    const { award } = await awarded(ctx, WAITING);
    expect(award.tranches.map((t) => [t.awaitsAgreement, t.awaitsReport])).toEqual([
      [true, null],
      [false, 'progress'],
    ]);
    expect(await trancheStatus(ctx, award.id)).toEqual(['pending', 'pending']);
    await accept(award.id);
    expect(await trancheStatus(ctx, award.id)).toEqual(['eligible', 'pending']);
  });

  it("offers the call's template and the application's budget to the award's readers only", async () => {
    const { award } = await awarded(ctx, WAITING);
    const grantee = await ctx.call<GrantReportsDto>('reporterKobenhavn', 'GET', reports(award.id));
    expect(grantee.status).toBe(200);
    expect(grantee.body.template.map((s) => s.key)).toEqual(['progress', 'results', 'challenges']);
    expect(grantee.body.budgetLines.map((l) => l.category)).toEqual(['Løn', 'Aktiviteter']);
    expect(grantee.body.reports).toEqual([]);
    expect((await ctx.call('bikubenfonden', 'GET', reports(award.id))).status).toBe(200);
    expect((await ctx.call('realdania', 'GET', reports(award.id))).status).toBe(404);
  });

  it('refuses reports from anyone but the grantee and reports that miss or stray, changing nothing', async () => {
    const { award } = await awarded(ctx, WAITING);
    const before = await ctx.counts();
    for (const user of ['helsefonden', 'admin'] as const)
      expect([user, (await ctx.call(user, 'POST', reports(award.id), report(award))).status]).toEqual([
        user,
        403,
      ]);
    expect((await ctx.call('realdania', 'POST', reports(award.id), report(award))).status).toBe(404);
    const malformed = await ctx.call<Problem>(
      'reporterKobenhavn',
      'POST',
      reports(award.id),
      report(award, { kind: 'midway', financialLines: [{ category: 'Løn', actualOre: -1 }] }),
    );
    expect(malformed.status).toBe(400);
    expect(pointers(malformed.body)).toEqual(['/financialLines/0/actualOre', '/kind']);
    const incomplete = await ctx.call<Problem>(
      'reporterKobenhavn',
      'POST',
      reports(award.id),
      report(award, {
        trancheId: '00000000-0000-4000-8000-000000000000',
        sections: { progress: 'Godt i gang.', extra: 'Ikke i skabelonen.' },
        financialLines: [
          { category: 'Løn', actualOre: 100_000_000 },
          { category: 'Husleje', actualOre: 1 },
        ],
      }),
    );
    expect(incomplete.status).toBe(422);
    expect(pointers(incomplete.body)).toEqual([
      '/financialLines',
      '/financialLines/0/explanation',
      '/financialLines/1/category',
      '/sections/challenges',
      '/sections/extra',
      '/sections/results',
      '/trancheId',
    ]);
    expect(await ctx.counts()).toEqual(before);
  });

  it('is returned with comments, followed by a new version, approved by the call’s foundation only, and releases the tranche', async () => {
    const { programmeId, award } = await awarded(ctx, WAITING);
    const first = await ctx.call<GrantReportDto>(
      'reporterKobenhavn',
      'POST',
      reports(award.id),
      report(award),
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: 1, status: 'submitted', submittedBy: 'reporter.kobenhavn' });
    expect(first.body.financialLines).toEqual([
      expect.objectContaining({ category: 'Løn', budgetOre: 150_000_000, varianceOre: -50_000_000 }),
      expect.objectContaining({ category: 'Aktiviteter', budgetOre: 50_000_000, varianceOre: 2_000_000 }),
    ]);
    expect(first.body.sections.map((s) => s.key)).toEqual(['progress', 'results', 'challenges']);
    expect((await ctx.call('reporterKobenhavn', 'POST', reports(award.id), report(award))).status).toBe(409);

    const decide = (id: string, action: 'approve' | 'return') => `${reports(award.id)}/${id}/${action}`;
    const before = await ctx.counts();
    for (const user of ['bikubenfonden', 'reporterKobenhavn', 'admin'] as const)
      expect([user, (await ctx.call(user, 'POST', decide(first.body.id, 'approve'))).status]).toEqual([
        user,
        403,
      ]);
    const noComment = await ctx.call<Problem>('helsefonden', 'POST', decide(first.body.id, 'return'), {});
    expect(pointers(noComment.body)).toEqual(['/comment']);
    expect(await ctx.counts()).toEqual(before);

    const returned = await ctx.call<GrantReportDto>('helsefonden', 'POST', decide(first.body.id, 'return'), {
      comment: 'Beskriv resultaterne for pigerne særskilt.',
    });
    expect(returned.body).toMatchObject({ status: 'returned', decidedBy: 'officer.helsefonden' });
    expect(await trancheStatus(ctx, award.id)).toEqual(['pending', 'pending']);

    const second = await ctx.call<GrantReportDto>(
      'reporterKobenhavn',
      'POST',
      reports(award.id),
      report(award),
    );
    expect(second.body).toMatchObject({ version: 2, status: 'submitted' });
    expect((await ctx.call('helsefonden', 'POST', decide(first.body.id, 'approve'))).status).toBe(409);
    const approved = await ctx.call<GrantReportDto>('helsefonden', 'POST', decide(second.body.id, 'approve'));
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(await trancheStatus(ctx, award.id)).toEqual(['pending', 'eligible']);
    const released = (await ctx.call<AwardDto>('helsefonden', 'GET', `/awards/${award.id}`)).body.tranches[1];
    expect(released?.dueDate).toBe(
      paymentDueDate(released?.earliestDate ?? '', released?.eligibleAt ?? null),
    );
    expect(isBankDay(released?.dueDate ?? '')).toBe(true);
    expect((await ctx.call('helsefonden', 'POST', decide(second.body.id, 'approve'))).status).toBe(409);

    const history = await ctx.call<GrantReportsDto>('bikubenfonden', 'GET', reports(award.id));
    expect(history.body.reports.map((r) => [r.version, r.status, r.comment])).toEqual([
      [2, 'approved', null],
      [1, 'returned', 'Beskriv resultaterne for pigerne særskilt.'],
    ]);
    expect((await eventsOf(ctx, programmeId, 'grant-report.submitted')).map((e) => e['version'])).toEqual([
      1, 2,
    ]);
    expect(await eventsOf(ctx, programmeId, 'grant-report.returned')).toEqual([
      expect.objectContaining({
        reportId: first.body.id,
        comment: 'Beskriv resultaterne for pigerne særskilt.',
      }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'grant-report.approved')).toEqual([
      expect.objectContaining({ reportId: second.body.id, trancheId: award.tranches[1]?.id }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'tranche.eligible')).toEqual([
      expect.objectContaining({ trancheId: award.tranches[1]?.id, fulfilledBy: [] }),
    ]);
  });
});
