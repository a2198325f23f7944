import { organisationUpdatedV1, type AwardDto, type FoundationBoardDto } from '@samvirke/contracts';
import { waitFor } from '@samvirke/testing';
import { awarded } from '../../test/awards.fixture.js';
import { COMPLETE_APPLICATION, openCall, grantsSuite, ORG, type Ids } from '../../test/grants-api.fixture.js';

/**
 * The foundation's board (GET /foundations/{id}/board) against real PostgreSQL, Kafka and Keycloak:
 * the figures of its own calls only, what awaits its decision, and its unpaid tranches.
 */
const ctx = grantsSuite('grants_board');

let programmeId: string;
let award: AwardDto;
let ngoApplicationId: string;

beforeAll(async () => {
  // Helsefonden's call: København awarded 150 mio. øre (100 of it Helsefonden's, 50 Bikubenfonden's)
  // in a tranche of 60 eligible at once and one of 90 waiting for Q2 data.
  ({ programmeId, award } = await awarded(ctx));
  // The NGO applies for 120 mio. øre: a decision for Helsefonden to take.
  const started = await ctx.call<Ids>('member', 'POST', `/calls/${award.callId}/applications`, {
    applicantOrganisationId: ORG.ngo.id,
    ...COMPLETE_APPLICATION,
    title: 'Netværk for unge uden hjem',
    requestedAmountOre: 120_000_000,
    budgetLines: [{ category: 'Løn', amountOre: 120_000_000 }],
  });
  if (started.status !== 201) throw new Error(JSON.stringify(started.body));
  ngoApplicationId = started.body.id;
  const submitted = await ctx.call('member', 'POST', `/applications/${ngoApplicationId}/submit`);
  if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.body));
  // Bikubenfonden's own call in the same programme, which is not Helsefonden's business.
  const bikubenCall = await ctx.call(
    'bikubenfonden',
    'POST',
    `/programmes/${programmeId}/calls`,
    openCall({
      funderOrganisationId: ORG.bikubenfonden.id,
      title: 'Bikubens opslag',
      budgetOre: 100_000_000,
    }),
  );
  if (bikubenCall.status !== 201) throw new Error(JSON.stringify(bikubenCall.body));
}, 120_000);

describe("a foundation's board", () => {
  it("shows its own calls' applications by status, requested vs available, decisions due and unpaid tranches", async () => {
    const response = await ctx.call<FoundationBoardDto>(
      'helsefonden',
      'GET',
      `/foundations/${ORG.helsefonden.id}/board`,
    );
    expect(response.status).toBe(200);
    const board = response.body;
    expect(board.organisationName).toBe(ORG.helsefonden.name);
    expect(board.calls.map((call) => call.callId)).toEqual([award.callId]);
    expect(board.calls[0]).toMatchObject({
      programmeId,
      programmeName: 'Bryd den negative sociale arv',
      status: 'open',
      budgetOre: 500_000_000,
      awardedOre: 150_000_000,
      availableOre: 350_000_000,
      requestedOre: 120_000_000,
      applications: { draft: 0, submitted: 1, 'under-review': 0, awarded: 1, rejected: 0, withdrawn: 0 },
    });
    expect(board.decisionsDue).toEqual([
      expect.objectContaining({
        applicationId: ngoApplicationId,
        applicantName: ORG.ngo.name,
        requestedAmountOre: 120_000_000,
        deadline: board.calls[0]?.closesAt,
        reviewsAssigned: 0,
        averageScore: null,
      }),
    ]);
    const [first, second] = award.tranches;
    expect(board.awards).toEqual([
      expect.objectContaining({
        awardId: award.id,
        granteeName: ORG.kobenhavn.name,
        status: 'awarded',
        amountOre: 150_000_000,
        paidOre: 0,
        outstandingOre: 150_000_000,
      }),
    ]);
    expect(
      board.awards[0]?.tranches.map((t) => [t.trancheId, t.status, t.amountOre, t.ownPartOre, t.dueDate]),
    ).toEqual([
      [first?.id, 'eligible', 60_000_000, 40_000_000, first?.dueDate],
      [second?.id, 'pending', 90_000_000, 60_000_000, null],
    ]);
    expect(board.totals).toEqual({
      calls: 1,
      openCalls: 1,
      budgetOre: 500_000_000,
      awardedOre: 150_000_000,
      availableOre: 350_000_000,
      requestedOre: 120_000_000,
      decisionsDue: 1,
      outstandingOre: 150_000_000,
      eligibleOre: 60_000_000,
    });
  });

  it('follows payments and decisions: a paid tranche leaves, a rejected application is no longer due', async () => {
    const [first] = award.tranches;
    const path = `/awards/${award.id}/tranches/${first?.id}/payment`;
    expect((await ctx.call('helsefonden', 'POST', path, { paymentReference: 'HF-B-1' })).status).toBe(200);
    const part = await ctx.call<FoundationBoardDto>(
      'helsefonden',
      'GET',
      `/foundations/${ORG.helsefonden.id}/board`,
    );
    expect(part.body.awards[0]?.tranches[0]).toMatchObject({ status: 'eligible', ownPartPaid: true });
    expect((await ctx.call('bikubenfonden', 'POST', path, { paymentReference: 'BF-B-1' })).status).toBe(200);
    const rejected = await ctx.call('helsefonden', 'POST', `/applications/${ngoApplicationId}/reject`, {
      reason: 'Uden for opslagets formål.',
    });
    expect(rejected.status).toBe(200);
    const board = (
      await ctx.call<FoundationBoardDto>('helsefonden', 'GET', `/foundations/${ORG.helsefonden.id}/board`)
    ).body;
    expect(board.awards[0]).toMatchObject({ paidOre: 60_000_000, outstandingOre: 90_000_000 });
    expect(board.awards[0]?.tranches.map((t) => t.status)).toEqual(['pending']);
    expect(board.decisionsDue).toEqual([]);
    expect(board.calls[0]?.applications).toMatchObject({ submitted: 0, rejected: 1, awarded: 1 });
    expect(board.totals).toMatchObject({ requestedOre: 0, outstandingOre: 90_000_000, eligibleOre: 0 });
  });

  it("shows each foundation only its own calls, and refuses other foundations' officers and other roles", async () => {
    const bikuben = await ctx.call<FoundationBoardDto>(
      'bikubenfonden',
      'GET',
      `/foundations/${ORG.bikubenfonden.id}/board`,
    );
    expect(bikuben.status).toBe(200);
    expect(bikuben.body.calls.map((call) => call.title)).toEqual(['Bikubens opslag']);
    expect(bikuben.body.awards).toEqual([]);
    const path = `/foundations/${ORG.helsefonden.id}/board`;
    expect((await ctx.call('bikubenfonden', 'GET', path)).status).toBe(403);
    expect((await ctx.call('reporterKobenhavn', 'GET', path)).status).toBe(403);
    expect((await ctx.call('coordinator', 'GET', path)).status).toBe(403);
    expect((await ctx.call(null, 'GET', path)).status).toBe(401);
    const admin = await ctx.call<FoundationBoardDto>('admin', 'GET', path);
    expect(admin.status).toBe(200);
    expect(admin.body.calls.map((call) => call.callId)).toEqual([award.callId]);
    // A foundation with no calls has an empty board, not an error.
    const realdania = await ctx.call<FoundationBoardDto>(
      'realdania',
      'GET',
      `/foundations/${ORG.realdania.id}/board`,
    );
    expect(realdania.body.totals).toMatchObject({ calls: 0, budgetOre: 0, decisionsDue: 0 });
  });

  it("keeps an organisation's CVR from partners' organisation events", async () => {
    await ctx.upstream.dataSource.transaction((manager) =>
      ctx.upstream.outbox.record(
        manager,
        organisationUpdatedV1,
        {
          organisationId: ORG.helsefonden.id,
          name: ORG.helsefonden.name,
          type: 'foundation',
          cvr: '29990018',
          kommunekode: null,
          archived: false,
          updatedAt: new Date().toISOString(),
        },
        { subject: ORG.helsefonden.id },
      ),
    );
    await waitFor("Helsefonden's CVR in grants' directory", async () => {
      const [row] = await ctx.db.query<{ cvr: string | null }[]>(
        `SELECT cvr FROM known_organisation WHERE id = $1`,
        [ORG.helsefonden.id],
      );
      return row?.cvr === '29990018';
    });
    const [kobenhavn] = await ctx.db.query<{ cvr: string | null }[]>(
      `SELECT cvr FROM known_organisation WHERE id = $1`,
      [ORG.kobenhavn.id],
    );
    expect(kobenhavn?.cvr).toBe(ORG.kobenhavn.cvr);
  });
});
