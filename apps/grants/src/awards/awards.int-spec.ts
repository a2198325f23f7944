import { randomUUID } from 'node:crypto';
import type { AwardDto, FundingOverviewDto } from '@samvirke/contracts';
import { waitFor } from '@samvirke/testing';
import { award, awarded, eventsOf, trancheStatus } from '../../test/awards.fixture.js';
import {
  grantsSuite,
  ORG,
  pointers,
  submittedApplication,
  type Problem,
} from '../../test/grants-api.fixture.js';

/**
 * Awards split across co-funders, and tranches released by measurement's submission decisions
 * arriving over Kafka, against real PostgreSQL, Kafka and Keycloak.
 */
const ctx = grantsSuite('grants_awards');

describe('awards', () => {
  it('splits an award across co-funders within their commitments, with exact tranche shares, and updates the overview', async () => {
    const { programmeId, award: created } = await awarded(ctx);
    expect(created.status).toBe('awarded');
    expect(
      created.shares.map(({ funderOrganisationId, amountOre, status }) => ({
        funderOrganisationId,
        amountOre,
        status,
      })),
    ).toEqual(
      [
        { funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000, status: 'confirmed' },
        { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 50_000_000, status: 'confirmed' },
      ].sort((a, b) => a.funderOrganisationId.localeCompare(b.funderOrganisationId)),
    );
    // The unconditional tranche is eligible at once; the Q2 one waits.
    expect(created.tranches.map((t) => [t.amountOre, t.status])).toEqual([
      [60_000_000, 'eligible'],
      [90_000_000, 'pending'],
    ]);
    for (const tranche of created.tranches)
      expect(tranche.shares.reduce((sum, share) => sum + share.amountOre, 0)).toBe(tranche.amountOre);
    const overview = await ctx.call<FundingOverviewDto>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/funding`,
    );
    const helse = overview.body.funders.find((f) => f.funderOrganisationId === ORG.helsefonden.id);
    expect(helse).toMatchObject({
      committedOre: 1_000_000_000,
      awardedOre: 100_000_000,
      remainingOre: 900_000_000,
    });
    const [event] = await eventsOf(ctx, programmeId, 'grant.awarded');
    expect(event).toMatchObject({
      awardId: created.id,
      granteeOrganisationId: ORG.kobenhavn.id,
      amountOre: 150_000_000,
    });
    const application = await ctx.call<{ status: string }>(
      'reporterKobenhavn',
      'GET',
      `/applications/${created.applicationId}`,
    );
    expect(application.body.status).toBe('awarded');
  });

  it('refuses shares that do not sum, a commitment exceeded, tranches that do not sum and more than requested, writing nothing', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { applicationId } = await submittedApplication(ctx, programmeId, [
      ['helsefonden', ORG.helsefonden.id, 1_000_000_000],
      ['bikubenfonden', ORG.bikubenfonden.id, 30_000_000],
    ]);
    const before = await ctx.counts();
    const path = `/applications/${applicationId}/award`;
    const wrongSums = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      award({
        shares: [
          { funderOrganisationId: ORG.helsefonden.id, amountOre: 90_000_000 },
          { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 50_000_000 },
        ],
        tranches: [{ amountOre: 100_000_000, earliestDate: '2026-01-01', conditions: ['q3'] }],
      }),
    );
    expect(wrongSums.status).toBe(422);
    expect(pointers(wrongSums.body)).toEqual([
      '/shares',
      '/shares/1/amountOre',
      '/tranches',
      '/tranches/0/conditions/0',
    ]);
    const tooMuch = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      award({
        amountOre: 250_000_000,
        shares: [{ funderOrganisationId: ORG.helsefonden.id, amountOre: 250_000_000 }],
        tranches: [{ amountOre: 250_000_000, earliestDate: '2026-01-01' }],
      }),
    );
    expect(tooMuch.status).toBe(422);
    expect(pointers(tooMuch.body)).toEqual(['/amountOre']);
    const decimals = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      award({
        amountOre: 150_000_000.5,
        shares: [{ funderOrganisationId: ORG.helsefonden.id, amountOre: -1 }],
      }),
    );
    expect(decimals.status).toBe(400);
    expect(pointers(decimals.body)).toEqual(['/amountOre', '/shares/0/amountOre']);
    const realdania = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      award({
        shares: [
          { funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000 },
          { funderOrganisationId: ORG.realdania.id, amountOre: 50_000_000 },
        ],
      }),
    );
    expect(pointers(realdania.body)).toEqual(['/shares/1/funderOrganisationId']);
    // Only the call's own foundation decides; a co-funder does not even see the application.
    expect((await ctx.call('bikubenfonden', 'POST', path, award())).status).toBe(404);
    expect(await ctx.counts()).toEqual(before);
  });

  it('lets only one of two concurrent awards spend the same remaining commitment', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { callId, applicationId } = await submittedApplication(ctx, programmeId, [
      ['helsefonden', ORG.helsefonden.id, 120_000_000],
    ]);
    const second = await ctx.call<{ id: string }>('member', 'POST', `/calls/${callId}/applications`, {
      applicantOrganisationId: ORG.ngo.id,
      title: 'Lektiehjælp',
      description: 'Frivillige lektiecaféer',
      requestedAmountOre: 100_000_000,
      budgetLines: [{ category: 'Aktiviteter', amountOre: 100_000_000 }],
    });
    await ctx.call('member', 'POST', `/applications/${second.body.id}/submit`);
    const body = {
      amountOre: 100_000_000,
      shares: [{ funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000 }],
      tranches: [{ amountOre: 100_000_000, earliestDate: '2026-01-01' }],
    };
    const results = await Promise.all(
      [applicationId, second.body.id].map((id) =>
        ctx.call<Problem>('helsefonden', 'POST', `/applications/${id}/award`, body),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([201, 422]);
    const refused = results.find((result) => result.status === 422);
    expect(pointers(refused?.body ?? {})).toEqual(['/shares/0/amountOre']);
    const overview = await ctx.call<FundingOverviewDto>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/funding`,
    );
    expect(overview.body.total).toMatchObject({
      committedOre: 120_000_000,
      awardedOre: 100_000_000,
      remainingOre: 20_000_000,
    });
  });

  it('shows an award to its grantee, its funders and the backbone, and to nobody else', async () => {
    const { programmeId, award: created } = await awarded(ctx);
    for (const user of ['reporterKobenhavn', 'bikubenfonden', 'coordinator', 'admin'] as const)
      expect((await ctx.call(user, 'GET', `/awards/${created.id}`)).status).toBe(200);
    for (const user of ['reporterAarhus', 'realdania', 'member'] as const)
      expect((await ctx.call(user, 'GET', `/awards/${created.id}`)).status).toBe(404);
    // A member who may not see the award gets none; outside the programme, there is no programme.
    const listed = await ctx.call<AwardDto[]>('member', 'GET', `/programmes/${programmeId}/awards`);
    expect(listed.body).toEqual([]);
    const outside = await ctx.call('reporterAarhus', 'GET', `/programmes/${programmeId}/awards`);
    expect(outside.status).toBe(404);
  });
});

describe('tranche release by approved reporting', () => {
  it("makes a tranche eligible when measurement approves the grantee's Q2 data, once, even when the event is redelivered", async () => {
    const { programmeId, award: created } = await awarded(ctx);
    const periodId = randomUUID();
    // Approvals that do not fulfil the condition: another organisation, another indicator, another period.
    await ctx.publishDecision('approved', {
      programmeId,
      periodId,
      period: '2026-Q2',
      organisationId: ORG.aarhus.id,
      version: 1,
      indicatorCodes: ['hjemloese-unge'],
    });
    await ctx.publishDecision('approved', {
      programmeId,
      periodId: randomUUID(),
      period: '2026-Q1',
      organisationId: ORG.kobenhavn.id,
      version: 1,
      indicatorCodes: ['hjemloese-unge'],
    });
    await ctx.publishDecision('approved', {
      programmeId,
      periodId,
      period: '2026-Q2',
      organisationId: ORG.kobenhavn.id,
      version: 1,
      indicatorCodes: ['unge-i-maalgruppe'],
    });
    await waitFor(
      'three approvals handled',
      async () => (await ctx.handled('dk.samvirke.measurement.submission.approved.v1')) >= 3,
    );
    expect(await trancheStatus(ctx, created.id)).toEqual(['eligible', 'pending']);

    const submissionId = randomUUID();
    await ctx.publishDecision('approved', {
      submissionId,
      programmeId,
      periodId,
      period: '2026-Q2',
      organisationId: ORG.kobenhavn.id,
      version: 2,
      indicatorCodes: ['hjemloese-unge', 'unge-i-maalgruppe'],
    });
    await waitFor(
      'the Q2 tranche to become eligible',
      async () => (await trancheStatus(ctx, created.id, 'kobenhavn'))[1] === 'eligible',
    );
    const eligible = await eventsOf(ctx, programmeId, 'tranche.eligible');
    const q2 = eligible.filter((event) => event['trancheId'] === created.tranches[1]?.id);
    expect(q2).toEqual([
      expect.objectContaining({
        awardId: created.id,
        programmeId,
        granteeOrganisationId: ORG.kobenhavn.id,
        funderOrganisationIds: [ORG.helsefonden.id, ORG.bikubenfonden.id].sort(),
        amountOre: 90_000_000,
        title: 'Ungeindsats i København',
        fulfilledBy: [{ submissionId, version: 2, period: '2026-Q2' }],
      }),
    ]);

    // Kafka redelivers the same approval (same event id): nothing changes.
    const handledBefore = await ctx.handled('dk.samvirke.measurement.submission.approved.v1');
    await ctx.upstream.dataSource.query(
      `UPDATE outbox_message SET published_at = NULL WHERE event_type = 'dk.samvirke.measurement.submission.approved.v1' AND payload->>'submissionId' = $1`,
      [submissionId],
    );
    await waitFor('the redelivery to be published', async () => {
      const [row] = await ctx.upstream.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_message WHERE published_at IS NULL`,
      );
      return row?.n === 0;
    });
    // A later event on the same partition, to know the redelivery was read before it.
    await ctx.publishDecision('approved', {
      programmeId,
      periodId: randomUUID(),
      period: '2026-Q3',
      organisationId: ORG.aarhus.id,
      version: 1,
      indicatorCodes: ['x'],
    });
    await waitFor(
      'the later event handled',
      async () => (await ctx.handled('dk.samvirke.measurement.submission.approved.v1')) === handledBefore + 1,
    );
    expect((await eventsOf(ctx, programmeId, 'tranche.eligible')).length).toBe(eligible.length);
  });

  it('holds an eligible tranche again when a newer version is returned before payment, and releases it on the next approval', async () => {
    const { programmeId, award: created } = await awarded(ctx);
    const periodId = randomUUID();
    const q2 = {
      programmeId,
      periodId,
      period: '2026-Q2',
      organisationId: ORG.kobenhavn.id,
      indicatorCodes: ['hjemloese-unge'],
    };
    await ctx.publishDecision('approved', { ...q2, version: 1 });
    await waitFor('eligible', async () => (await trancheStatus(ctx, created.id))[1] === 'eligible');
    await ctx.publishDecision('returned', { ...q2, version: 2 });
    await waitFor('held', async () => (await trancheStatus(ctx, created.id))[1] === 'pending');
    const held = await eventsOf(ctx, programmeId, 'tranche.held');
    expect(
      held.map((event) => [event['trancheId'], (event['returned'] as { version: number }).version]),
    ).toEqual([[created.tranches[1]?.id, 2]]);
    const trancheId = created.tranches[1]?.id ?? '';
    const before = await ctx.counts();
    const refused = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      `/awards/${created.id}/tranches/${trancheId}/payment`,
      {
        paymentReference: 'HF-2026-0042',
      },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/not eligible/);
    expect(await ctx.counts()).toEqual(before);
    await ctx.publishDecision('approved', { ...q2, version: 3 });
    await waitFor('eligible again', async () => (await trancheStatus(ctx, created.id))[1] === 'eligible');
    expect(
      (await eventsOf(ctx, programmeId, 'tranche.eligible')).filter((e) => e['trancheId'] === trancheId),
    ).toHaveLength(2);
  });

  it('lets each funder record the payment of its own part of a tranche only, and pays the tranche when every part is', async () => {
    const { programmeId, award: created } = await awarded(ctx);
    const [first] = created.tranches;
    const path = `/awards/${created.id}/tranches/${first?.id}/payment`;
    const before = await ctx.counts();
    expect((await ctx.call('reporterKobenhavn', 'POST', path, { paymentReference: 'X-1' })).status).toBe(403);
    expect((await ctx.call('realdania', 'POST', path, { paymentReference: 'X-1' })).status).toBe(404);
    // Neither a platform admin nor the other funder records Bikubenfonden's part.
    expect((await ctx.call('admin', 'POST', path, { paymentReference: 'X-1' })).status).toBe(403);
    const forOther = await ctx.call('helsefonden', 'POST', path, {
      paymentReference: 'HF-1',
      funderOrganisationId: ORG.bikubenfonden.id,
    });
    expect(forOther.status).toBe(403);
    const bad = await ctx.call<Problem>('helsefonden', 'POST', path, { paymentReference: '' });
    expect(pointers(bad.body)).toEqual(['/paymentReference']);
    expect(await ctx.counts()).toEqual(before);

    const part = await ctx.call<AwardDto>('bikubenfonden', 'POST', path, { paymentReference: 'BF-2026-117' });
    expect(part.status).toBe(200);
    expect(part.body.tranches[0]?.status).toBe('eligible');
    expect(part.body.tranches[0]?.shares.map((s) => [s.funderOrganisationId, s.paymentReference])).toEqual(
      expect.arrayContaining([
        [ORG.bikubenfonden.id, 'BF-2026-117'],
        [ORG.helsefonden.id, null],
      ]),
    );
    expect(await eventsOf(ctx, programmeId, 'tranche.paid')).toEqual([]);
    expect((await ctx.call('bikubenfonden', 'POST', path, { paymentReference: 'BF-2' })).status).toBe(409);

    const paid = await ctx.call<AwardDto>('helsefonden', 'POST', path, { paymentReference: 'HF-2026-9' });
    expect(paid.body.tranches[0]).toMatchObject({
      status: 'paid',
      paymentReference: 'BF-2026-117 · HF-2026-9',
    });
    const again = await ctx.call('helsefonden', 'POST', path, { paymentReference: 'HF-2' });
    expect(again.status).toBe(409);
    const overview = await ctx.call<FundingOverviewDto>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/funding`,
    );
    expect(overview.body.total.paidOre).toBe(60_000_000);
    const [event] = await eventsOf(ctx, programmeId, 'tranche.paid');
    expect(event).toMatchObject({
      trancheId: first?.id,
      paymentReference: 'BF-2026-117 · HF-2026-9',
      amountOre: 60_000_000,
    });
    // For the funders' ERP: tranche.eligible named each part, the CVRs grants keeps from partners'
    // events (København's; the foundations were registered without one) and the bank-day due date,
    // and each recorded part gave a payment.recorded.
    expect(first?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [eligible] = await eventsOf(ctx, programmeId, 'tranche.eligible');
    const parts = [
      { funderOrganisationId: ORG.helsefonden.id, funderCvr: null, amountOre: 40_000_000 },
      { funderOrganisationId: ORG.bikubenfonden.id, funderCvr: null, amountOre: 20_000_000 },
    ].sort((a, b) => a.funderOrganisationId.localeCompare(b.funderOrganisationId));
    expect(eligible?.['payment']).toEqual({
      granteeCvr: ORG.kobenhavn.cvr,
      dueDate: first?.dueDate,
      parts,
      // A single grantee is paid every part whole.
      grantees: [
        {
          organisationId: ORG.kobenhavn.id,
          cvr: ORG.kobenhavn.cvr,
          lead: true,
          amountOre: 60_000_000,
          funders: parts,
        },
      ],
    });
    const payments = await eventsOf(ctx, programmeId, 'payment.recorded');
    expect(
      payments.map((p) => [
        p['funderOrganisationId'],
        p['amountOre'],
        p['paymentReference'],
        p['tranchePaid'],
      ]),
    ).toEqual([
      [ORG.bikubenfonden.id, 20_000_000, 'BF-2026-117', false],
      [ORG.helsefonden.id, 40_000_000, 'HF-2026-9', true],
    ]);
    for (const payment of payments)
      expect(payment).toMatchObject({
        trancheId: first?.id,
        awardId: created.id,
        granteeOrganisationId: ORG.kobenhavn.id,
        granteeCvr: ORG.kobenhavn.cvr,
        funderCvr: null,
        dueDate: first?.dueDate,
      });
  });

  it('makes a tranche eligible at award time when its condition was approved before', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const { applicationId } = await submittedApplication(ctx, programmeId);
    await ctx.publishDecision('approved', {
      programmeId,
      periodId: randomUUID(),
      period: '2026-Q2',
      organisationId: ORG.kobenhavn.id,
      version: 1,
      indicatorCodes: ['hjemloese-unge'],
    });
    await waitFor('the approval handled', async () => {
      const rows = await ctx.db.query<unknown[]>(`SELECT 1 FROM reported_period WHERE programme_id = $1`, [
        programmeId,
      ]);
      return rows.length === 1;
    });
    // Helsefonden funds it alone: no co-funder to ask, the award is made at once.
    const response = await ctx.call<AwardDto>(
      'helsefonden',
      'POST',
      `/applications/${applicationId}/award`,
      award({ shares: [{ funderOrganisationId: ORG.helsefonden.id, amountOre: 150_000_000 }] }),
    );
    expect(response.body.status).toBe('awarded');
    expect(response.body.tranches.map((t) => t.status)).toEqual(['eligible', 'eligible']);
    expect(response.body.conditions[0]?.fulfilled).toBe(true);
  });
});
