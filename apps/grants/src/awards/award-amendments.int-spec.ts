import type {
  AgreementDto,
  AmendmentDto,
  AwardDto,
  AwardHistoryDto,
  FundingOverviewDto,
  RefundDto,
} from '@samvirke/contracts';
import { award as awardOf, awarded, eventsOf } from '../../test/awards.fixture.js';
import {
  submittedApplication,
  grantsSuite,
  ORG,
  pointers,
  type GrantsSuite,
  type Problem,
} from '../../test/grants-api.fixture.js';

/**
 * After the award, against real PostgreSQL, Kafka and Keycloak: Helsefonden's award of 150 mio. øre
 * (100 its own, 50 Bikubenfonden's; tranche 1 of 60 unconditional, tranche 2 of 90 waiting for Q2
 * data) is amended with Bikubenfonden's approval, and money paid out comes back to a funder.
 */
const ctx = grantsSuite('grants_amend');

/** The award made, with Helsefonden's part (40 mio.) of the first tranche paid: that tranche is kept. */
async function partPaid(): Promise<{ programmeId: string; award: AwardDto }> {
  const { programmeId, award } = await awarded(ctx);
  const first = award.tranches[0];
  const paid = await ctx.call<AwardDto>(
    'helsefonden',
    'POST',
    `/awards/${award.id}/tranches/${first?.id}/payment`,
    {
      paymentReference: 'HF-2026-1',
      funderOrganisationId: ORG.helsefonden.id,
    },
  );
  if (paid.status !== 200) throw new Error(JSON.stringify(paid.body));
  return { programmeId, award: paid.body };
}

/** 170 mio.: Bikubenfonden's share grows to 70; the open tranche is 110 from September. */
const grow = (overrides: Record<string, unknown> = {}) => ({
  reason: 'Projektet udvides til Nørrebro.',
  amountOre: 170_000_000,
  shares: [
    { funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000 },
    { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 70_000_000 },
  ],
  conditions: [{ key: 'q2', indicatorCode: 'hjemloese-unge', period: '2026-Q2' }],
  tranches: [{ amountOre: 110_000_000, earliestDate: '2026-09-01', conditions: ['q2'] }],
  ...overrides,
});

const approve = (
  s: GrantsSuite,
  user: 'helsefonden' | 'bikubenfonden' | 'realdania' | 'admin',
  awardId: string,
  amendmentId: string,
  funder: string = ORG.bikubenfonden.id,
) =>
  s.call<AmendmentDto & Problem>(
    user,
    'POST',
    `/awards/${awardId}/amendments/${amendmentId}/funders/${funder}/approve`,
  );

describe('amendments of a made award', () => {
  it('applies new terms once the co-funder whose share changes approves; the agreement gets a new version', async () => {
    const { programmeId, award } = await partPaid();
    const path = `/awards/${award.id}/amendments`;
    const before = await ctx.counts();
    // Only the awarding foundation (or an admin) proposes: not the co-funder, the grantee or the backbone.
    for (const user of ['bikubenfonden', 'reporterKobenhavn', 'coordinator'] as const)
      expect([user, (await ctx.call(user, 'POST', path, grow())).status]).toEqual([user, 403]);
    expect((await ctx.call('realdania', 'POST', path, grow())).status).toBe(404);
    // Terms that do not add up: every bad field named, nothing written.
    const bad = await ctx.call<Problem>('helsefonden', 'POST', path, {
      ...grow(),
      amountOre: 200_000_000,
      shares: [
        { funderOrganisationId: ORG.helsefonden.id, amountOre: 30_000_000 },
        { funderOrganisationId: ORG.helsefonden.id, amountOre: 10_000_000 },
      ],
      tranches: [{ amountOre: 50_000_000, earliestDate: '2026-09-01', conditions: ['q3'] }],
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual([
      '/shares',
      '/shares',
      '/shares/0/amountOre',
      '/shares/1/funderOrganisationId',
      '/tranches',
      '/tranches/0/conditions/0',
    ]);
    const malformed = await ctx.call<Problem>('helsefonden', 'POST', path, {
      reason: '',
      amountOre: -1,
      shares: [],
    });
    expect(malformed.status).toBe(400);
    expect(pointers(malformed.body)).toEqual(
      expect.arrayContaining(['/reason', '/amountOre', '/shares', '/tranches']),
    );
    expect(await ctx.counts()).toEqual(before);

    const proposed = await ctx.call<AmendmentDto>('helsefonden', 'POST', path, grow());
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('pending');
    expect(proposed.body.approvals).toEqual([
      {
        funderOrganisationId: ORG.bikubenfonden.id,
        approvedBy: null,
        approvedAt: null,
        declinedBy: null,
        declinedAt: null,
        declineReason: null,
      },
    ]);
    expect(proposed.body.before.amountOre).toBe(150_000_000);
    expect(proposed.body.before.tranches.map((t) => t.amountOre)).toEqual([90_000_000]);
    expect((await ctx.call<AwardDto>('helsefonden', 'GET', `/awards/${award.id}`)).body.amountOre).toBe(
      150_000_000,
    );
    expect((await ctx.call('helsefonden', 'POST', path, grow())).status).toBe(409);

    const id = proposed.body.id;
    // The awarding foundation cannot approve for the co-funder, nor can an admin; its own share is unchanged.
    expect((await approve(ctx, 'helsefonden', award.id, id)).status).toBe(403);
    expect((await approve(ctx, 'admin', award.id, id)).status).toBe(403);
    expect((await approve(ctx, 'helsefonden', award.id, id, ORG.helsefonden.id)).status).toBe(409);
    const approved = await approve(ctx, 'bikubenfonden', award.id, id);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'applied', agreementVersion: 2 });
    expect(approved.body.approvals[0]?.approvedBy).toBeTruthy();
    expect((await approve(ctx, 'bikubenfonden', award.id, id)).status).toBe(409);

    const amended = (await ctx.call<AwardDto>('reporterKobenhavn', 'GET', `/awards/${award.id}`)).body;
    expect(amended.amountOre).toBe(170_000_000);
    expect(amended.shares.map((s) => [s.funderOrganisationId, s.amountOre])).toEqual(
      expect.arrayContaining([
        [ORG.helsefonden.id, 100_000_000],
        [ORG.bikubenfonden.id, 70_000_000],
      ]),
    );
    expect(amended.tranches.map((t) => [t.amountOre, t.earliestDate])).toEqual([
      [60_000_000, '2026-01-01'],
      [110_000_000, '2026-09-01'],
    ]);
    // The open tranche is split by what each funder has left: 100 − 40 and 70 − 20.
    const parts = Object.fromEntries(
      (amended.tranches[1]?.shares ?? []).map((s) => [s.funderOrganisationId, s.amountOre]),
    );
    expect(parts).toEqual({ [ORG.helsefonden.id]: 60_000_000, [ORG.bikubenfonden.id]: 50_000_000 });

    const agreement = await ctx.call<AgreementDto>(
      'reporterKobenhavn',
      'GET',
      `/awards/${award.id}/agreement`,
    );
    expect(agreement.body).toMatchObject({ version: 2, status: 'awaiting-acceptance' });
    expect(agreement.body.terms.amountOre).toBe(170_000_000);
    const accepted = await ctx.call<AgreementDto>(
      'reporterKobenhavn',
      'POST',
      `/awards/${award.id}/agreement/accept`,
      {
        version: 2,
        termsSha256: agreement.body.termsSha256,
      },
    );
    expect(accepted.body.status).toBe('accepted');

    expect(await eventsOf(ctx, programmeId, 'award-amendment.proposed')).toEqual([
      expect.objectContaining({ amendmentId: id, amountBeforeOre: 150_000_000, amountAfterOre: 170_000_000 }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'award-amendment.approved')).toEqual([
      expect.objectContaining({ amendmentId: id, funderOrganisationId: ORG.bikubenfonden.id, applied: true }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'award-amendment.applied')).toEqual([
      expect.objectContaining({ amendmentId: id, agreementVersion: 2 }),
    ]);
    const history = await ctx.call<AwardHistoryDto>('coordinator', 'GET', `/awards/${award.id}/history`);
    expect(history.body.amendments.map((a) => [a.status, a.before.amountOre, a.after.amountOre])).toEqual([
      ['applied', 150_000_000, 170_000_000],
    ]);
    expect((await ctx.call('realdania', 'GET', `/awards/${award.id}/history`)).status).toBe(404);
  });

  it("applies at once when no co-funder's share changes (new dates only)", async () => {
    const { programmeId, award } = await awarded(ctx);
    const response = await ctx.call<AmendmentDto>('admin', 'POST', `/awards/${award.id}/amendments`, {
      reason: 'Forsinket opstart.',
      amountOre: 150_000_000,
      shares: award.shares.map(({ funderOrganisationId, amountOre }) => ({
        funderOrganisationId,
        amountOre,
      })),
      conditions: [{ key: 'q2', indicatorCode: 'hjemloese-unge', period: '2026-Q3' }],
      tranches: [
        { amountOre: 60_000_000, earliestDate: '2026-03-01' },
        { amountOre: 90_000_000, earliestDate: '2026-10-01', conditions: ['q2'] },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'applied', approvals: [], agreementVersion: 2 });
    const amended = (await ctx.call<AwardDto>('helsefonden', 'GET', `/awards/${award.id}`)).body;
    expect(amended.tranches.map((t) => t.earliestDate)).toEqual(['2026-03-01', '2026-10-01']);
    expect(amended.conditions.map((c) => c.period)).toEqual(['2026-Q3']);
    // Tranche ids are kept: reports and payments still name them.
    expect(amended.tranches.map((t) => t.id)).toEqual(award.tranches.map((t) => t.id));
    expect(await eventsOf(ctx, programmeId, 'award-amendment.applied')).toHaveLength(1);
  });
});

describe('a pending amendment that is not applied', () => {
  it('is declined by a co-funder with a reason, or withdrawn by the awarding foundation; the award keeps its terms', async () => {
    const { programmeId, award } = await awarded(ctx);
    const path = `/awards/${award.id}/amendments`;
    const first = (
      await ctx.call<AmendmentDto>(
        'helsefonden',
        'POST',
        path,
        grow({
          tranches: [
            { amountOre: 60_000_000, earliestDate: '2026-01-01' },
            { amountOre: 110_000_000, earliestDate: '2026-09-01', conditions: ['q2'] },
          ],
        }),
      )
    ).body;
    expect(first.status).toBe('pending');
    const decline = (
      user: 'helsefonden' | 'bikubenfonden' | 'admin',
      body: unknown,
      funder: string = ORG.bikubenfonden.id,
    ) =>
      ctx.call<AmendmentDto & Problem>(user, 'POST', `${path}/${first.id}/funders/${funder}/decline`, body);
    const before = await ctx.counts();
    // Only the co-funder asked declines: not the awarding foundation for it, not an admin; a reason is required.
    expect((await decline('helsefonden', { reason: 'Nej.' })).status).toBe(403);
    expect((await decline('admin', { reason: 'Nej.' })).status).toBe(403);
    expect((await decline('helsefonden', { reason: 'Nej.' }, ORG.helsefonden.id)).status).toBe(409);
    const blank = await decline('bikubenfonden', { reason: ' ' });
    expect([blank.status, pointers(blank.body)]).toEqual([400, ['/reason']]);
    expect(await ctx.counts()).toEqual(before);
    const declined = await decline('bikubenfonden', { reason: 'Ikke plads i budgettet i år.' });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    expect(declined.body.approvals[0]).toMatchObject({
      declineReason: 'Ikke plads i budgettet i år.',
      approvedAt: null,
    });
    expect(declined.body.approvals[0]?.declinedBy).toBeTruthy();
    expect((await approve(ctx, 'bikubenfonden', award.id, first.id)).status).toBe(409);
    expect((await ctx.call<AwardDto>('helsefonden', 'GET', `/awards/${award.id}`)).body.amountOre).toBe(
      150_000_000,
    );

    // Another may now be proposed; the awarding foundation withdraws it (not the co-funder or the grantee).
    const second = await ctx.call<AmendmentDto>(
      'helsefonden',
      'POST',
      path,
      grow({
        tranches: [
          { amountOre: 60_000_000, earliestDate: '2026-01-01' },
          { amountOre: 110_000_000, earliestDate: '2026-10-01', conditions: ['q2'] },
        ],
      }),
    );
    expect(second.status).toBe(201);
    const withdraw = `${path}/${second.body.id}/withdraw`;
    for (const user of ['bikubenfonden', 'reporterKobenhavn'] as const)
      expect([user, (await ctx.call(user, 'POST', withdraw, {})).status]).toEqual([user, 403]);
    const withdrawn = await ctx.call<AmendmentDto>('helsefonden', 'POST', withdraw, {
      reason: 'Planen er ændret.',
    });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawReason: 'Planen er ændret.' });
    expect(withdrawn.body.withdrawnAt).toBeTruthy();
    expect((await ctx.call('helsefonden', 'POST', withdraw, {})).status).toBe(409);
    expect((await approve(ctx, 'bikubenfonden', award.id, second.body.id)).status).toBe(409);

    const after = (await ctx.call<AwardDto>('reporterKobenhavn', 'GET', `/awards/${award.id}`)).body;
    expect([after.amountOre, after.tranches.map((t) => t.earliestDate)]).toEqual([
      150_000_000,
      award.tranches.map((t) => t.earliestDate),
    ]);
    const history = await ctx.call<AwardHistoryDto>('coordinator', 'GET', `/awards/${award.id}/history`);
    expect(history.body.amendments.map((a) => a.status)).toEqual(['withdrawn', 'declined']);
    expect(await eventsOf(ctx, programmeId, 'award-amendment.declined')).toEqual([
      expect.objectContaining({
        amendmentId: first.id,
        funderOrganisationId: ORG.bikubenfonden.id,
        reason: 'Ikke plads i budgettet i år.',
      }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'award-amendment.withdrawn')).toEqual([
      expect.objectContaining({
        amendmentId: second.body.id,
        approverOrganisationIds: [ORG.bikubenfonden.id],
      }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'award-amendment.applied')).toEqual([]);
  });
});

describe('a new co-funder by amendment', () => {
  it('asks only the foundations whose share changes; a new one sees the award to approve it', async () => {
    const { programmeId } = await ctx.seedProgramme([[ORG.realdania.id, ['funder']]]);
    const { applicationId } = await submittedApplication(ctx, programmeId, [
      ['helsefonden', ORG.helsefonden.id, 1_000_000_000],
      ['bikubenfonden', ORG.bikubenfonden.id, 300_000_000],
      ['realdania', ORG.realdania.id, 100_000_000],
    ]);
    const made = await ctx.call<AwardDto>(
      'helsefonden',
      'POST',
      `/applications/${applicationId}/award`,
      awardOf(),
    );
    await ctx.call('bikubenfonden', 'POST', `/awards/${made.body.id}/shares/${ORG.bikubenfonden.id}/confirm`);
    const awardId = made.body.id;
    expect((await ctx.call('realdania', 'GET', `/awards/${awardId}`)).status).toBe(404);
    const proposed = await ctx.call<AmendmentDto>('helsefonden', 'POST', `/awards/${awardId}/amendments`, {
      reason: 'Realdania går ind med 20 mio. øre.',
      amountOre: 150_000_000,
      shares: [
        { funderOrganisationId: ORG.helsefonden.id, amountOre: 80_000_000 },
        { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 50_000_000 },
        { funderOrganisationId: ORG.realdania.id, amountOre: 20_000_000 },
      ],
      conditions: [{ key: 'q2', indicatorCode: 'hjemloese-unge', period: '2026-Q2' }],
      tranches: [
        { amountOre: 60_000_000, earliestDate: '2026-01-01' },
        { amountOre: 90_000_000, earliestDate: '2026-07-01', conditions: ['q2'] },
      ],
    });
    expect(proposed.status).toBe(201);
    // Bikubenfonden's share is unchanged: only Realdania is asked.
    expect(proposed.body.approvals.map((a) => a.funderOrganisationId)).toEqual([ORG.realdania.id]);
    expect((await ctx.call('realdania', 'GET', `/awards/${awardId}`)).status).toBe(200);
    expect((await approve(ctx, 'bikubenfonden', awardId, proposed.body.id)).status).toBe(409);
    const approved = await approve(ctx, 'realdania', awardId, proposed.body.id, ORG.realdania.id);
    expect(approved.body.status).toBe('applied');
    const amended = (await ctx.call<AwardDto>('realdania', 'GET', `/awards/${awardId}`)).body;
    expect(Object.fromEntries(amended.shares.map((s) => [s.funderOrganisationId, s.amountOre]))).toEqual({
      [ORG.helsefonden.id]: 80_000_000,
      [ORG.bikubenfonden.id]: 50_000_000,
      [ORG.realdania.id]: 20_000_000,
    });
    expect(
      amended.tranches
        .flatMap((t) => t.shares)
        .filter((p) => p.funderOrganisationId === ORG.realdania.id)
        .reduce((sum, p) => sum + p.amountOre, 0),
    ).toBe(20_000_000);
  });
});

describe('refunds and claw-back', () => {
  it("records money back per funder and restores that funder's remaining commitment", async () => {
    const { programmeId, award } = await partPaid();
    const path = `/awards/${award.id}/refunds`;
    const refund = (overrides: Record<string, unknown> = {}) => ({
      funderOrganisationId: ORG.helsefonden.id,
      amountOre: 10_000_000,
      kind: 'refund',
      receivedOn: '2026-11-30',
      reference: 'Retur 2026-17',
      note: 'Uforbrugte midler til aktiviteter.',
      ...overrides,
    });
    const remaining = async () =>
      (
        await ctx.call<FundingOverviewDto>('helsefonden', 'GET', `/programmes/${programmeId}/funding`)
      ).body.funders.find((f) => f.funderOrganisationId === ORG.helsefonden.id);
    const start = await remaining();
    const before = await ctx.counts();
    // Not another funder's officer for Helsefonden's money, nor the grantee or the backbone.
    for (const user of ['bikubenfonden', 'reporterKobenhavn', 'coordinator'] as const)
      expect([user, (await ctx.call(user, 'POST', path, refund())).status]).toEqual([user, 403]);
    expect((await ctx.call('realdania', 'POST', path, refund())).status).toBe(404);
    const malformed = await ctx.call<Problem>('helsefonden', 'POST', path, { amountOre: -5, kind: 'gave' });
    expect(malformed.status).toBe(400);
    expect(pointers(malformed.body)).toEqual([
      '/amountOre',
      '/funderOrganisationId',
      '/kind',
      '/receivedOn',
      '/reference',
    ]);
    // More than Helsefonden paid (40 mio.); Bikubenfonden has paid nothing yet.
    const tooMuch = await ctx.call<Problem>('helsefonden', 'POST', path, refund({ amountOre: 40_000_001 }));
    expect([tooMuch.status, pointers(tooMuch.body)]).toEqual([422, ['/amountOre']]);
    const unpaid = await ctx.call<Problem>(
      'bikubenfonden',
      'POST',
      path,
      refund({ funderOrganisationId: ORG.bikubenfonden.id }),
    );
    expect([unpaid.status, pointers(unpaid.body)]).toEqual([422, ['/amountOre']]);
    expect(await ctx.counts()).toEqual(before);

    const recorded = await ctx.call<RefundDto>('helsefonden', 'POST', path, refund());
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      amountOre: 10_000_000,
      kind: 'refund',
      funderOrganisationId: ORG.helsefonden.id,
    });
    const clawed = await ctx.call<RefundDto>(
      'admin',
      'POST',
      path,
      refund({ amountOre: 30_000_000, kind: 'claw-back' }),
    );
    expect(clawed.status).toBe(201);
    // Nothing more of Helsefonden's 40 mio. is left to come back.
    expect((await ctx.call('helsefonden', 'POST', path, refund({ amountOre: 1 }))).status).toBe(422);

    const end = await remaining();
    expect(end?.awardedOre).toBe((start?.awardedOre ?? 0) - 40_000_000);
    expect(end?.remainingOre).toBe((start?.remainingOre ?? 0) + 40_000_000);
    const history = await ctx.call<AwardHistoryDto>(
      'reporterKobenhavn',
      'GET',
      `/awards/${award.id}/history`,
    );
    expect(history.body.refunds.map((r) => [r.kind, r.amountOre])).toEqual(
      expect.arrayContaining([
        ['refund', 10_000_000],
        ['claw-back', 30_000_000],
      ]),
    );
    expect(await eventsOf(ctx, programmeId, 'award-refund.recorded')).toEqual([
      expect.objectContaining({
        kind: 'refund',
        amountOre: 10_000_000,
        funderOrganisationId: ORG.helsefonden.id,
      }),
      expect.objectContaining({ kind: 'claw-back', amountOre: 30_000_000 }),
    ]);
  });
});
