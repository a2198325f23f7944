import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { membershipRevokedV1 } from '@samvirke/contracts';
import { servedAndDocumented, waitFor } from '@samvirke/testing';
import { GRANTS_API, type FundingOverviewDto, type GrantCallDto } from '@samvirke/contracts';
import { CallAnnouncer } from '../calls/call-announcer.scheduler.js';
import { grantsSuite, openCall, ORG, pointers, type Problem } from '../../test/grants-api.fixture.js';

/** Funding commitments, the funding overview and grant calls, against real PostgreSQL, Kafka and Keycloak. */
const ctx = grantsSuite('grants_funding');

const commitment = (overrides: Record<string, unknown> = {}) => ({
  funderOrganisationId: ORG.helsefonden.id,
  amountOre: 250_000_000,
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  ...overrides,
});

describe('funding commitments', () => {
  it('records commitments of several foundations and shows committed, awarded, paid and remaining per funder', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const path = `/programmes/${programmeId}/commitments`;
    expect((await ctx.call('helsefonden', 'POST', path, commitment())).status).toBe(201);
    expect((await ctx.call('helsefonden', 'POST', path, commitment({ amountOre: 50_000_000 }))).status).toBe(
      201,
    );
    const bikuben = await ctx.call<{ amountOre: number }>(
      'bikubenfonden',
      'POST',
      path,
      commitment({ funderOrganisationId: ORG.bikubenfonden.id, amountOre: 120_000_000 }),
    );
    expect(bikuben).toMatchObject({ status: 201, body: { amountOre: 120_000_000 } });

    const overview = await ctx.call<FundingOverviewDto>(
      'coordinator',
      'GET',
      `/programmes/${programmeId}/funding`,
    );
    expect(overview.status).toBe(200);
    const byFunder = Object.fromEntries(
      overview.body.funders.map((f) => [
        f.funderOrganisationId,
        [f.committedOre, f.awardedOre, f.paidOre, f.remainingOre],
      ]),
    );
    expect(byFunder).toEqual({
      [ORG.helsefonden.id]: [300_000_000, 0, 0, 300_000_000],
      [ORG.bikubenfonden.id]: [120_000_000, 0, 0, 120_000_000],
    });
    expect(overview.body.total).toEqual({
      committedOre: 420_000_000,
      awardedOre: 0,
      paidOre: 0,
      remainingOre: 420_000_000,
    });
    const events = await ctx.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_message WHERE event_type = 'dk.samvirke.grants.funding.committed.v1' AND payload->>'programmeId' = $1`,
      [programmeId],
    );
    expect(events[0]?.n).toBe(3);
  });

  it('refuses amounts with decimals or below zero and a period that ends before it starts, naming every field, writing nothing', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const before = await ctx.counts();
    const path = `/programmes/${programmeId}/commitments`;
    const decimals = await ctx.call<Problem>('helsefonden', 'POST', path, commitment({ amountOre: 1000.5 }));
    expect(decimals.status).toBe(400);
    expect(pointers(decimals.body)).toEqual(['/amountOre']);
    const negative = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      commitment({ amountOre: -100, periodEnd: '2025-01-01' }),
    );
    expect(negative.status).toBe(400);
    expect(pointers(negative.body)).toEqual(['/amountOre', '/periodEnd']);
    expect(await ctx.counts()).toEqual(before);
  });

  it('refuses an officer acting for another foundation, a foundation that is no funder, and a reporter', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const before = await ctx.counts();
    const path = `/programmes/${programmeId}/commitments`;
    const other = await ctx.call(
      'helsefonden',
      'POST',
      path,
      commitment({ funderOrganisationId: ORG.bikubenfonden.id }),
    );
    expect(other.status).toBe(403);
    // Realdania is not in the programme: for its officer the programme does not exist.
    const notFunder = await ctx.call(
      'realdania',
      'POST',
      path,
      commitment({ funderOrganisationId: ORG.realdania.id }),
    );
    expect(notFunder.status).toBe(404);
    expect((await ctx.call('reporterKobenhavn', 'POST', path, commitment())).status).toBe(403);
    expect(await ctx.counts()).toEqual(before);
  });

  it('stops a foundation committing once partners revokes its funder membership', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const [member] = await ctx.db.query<{ membership_id: string }[]>(
      `SELECT membership_id FROM programme_member WHERE programme_id = $1 AND organisation_id = $2`,
      [programmeId, ORG.bikubenfonden.id],
    );
    await ctx.upstream.dataSource.transaction((manager) =>
      ctx.upstream.outbox.record(
        manager,
        membershipRevokedV1,
        {
          membershipId: member?.membership_id ?? '',
          programmeId,
          organisationId: ORG.bikubenfonden.id,
          roles: ['funder'],
          leftOn: '2026-06-30',
        },
        { subject: programmeId, programmeId },
      ),
    );
    await waitFor('the membership to end in grants', async () => {
      const [row] = await ctx.db.query<{ left_on: string | null }[]>(
        `SELECT left_on::text FROM programme_member WHERE membership_id = $1`,
        [member?.membership_id],
      );
      return row?.left_on === '2026-06-30';
    });
    const refused = await ctx.call(
      'bikubenfonden',
      'POST',
      `/programmes/${programmeId}/commitments`,
      commitment({ funderOrganisationId: ORG.bikubenfonden.id }),
    );
    // No longer a member: the programme is hidden from it like any other it is not in.
    expect(refused.status).toBe(404);
    expect((await ctx.call('bikubenfonden', 'GET', `/programmes/${programmeId}/funding`)).status).toBe(404);
  });

  it("shows the overview to the programme's funders and backbone only", async () => {
    const { programmeId } = await ctx.seedProgramme();
    const path = `/programmes/${programmeId}/funding`;
    expect((await ctx.call('bikubenfonden', 'GET', path)).status).toBe(200);
    expect((await ctx.call('admin', 'GET', path)).status).toBe(200);
    expect((await ctx.call('reporterKobenhavn', 'GET', path)).status).toBe(403);
    expect((await ctx.call('member', 'GET', path)).status).toBe(403);
    expect((await ctx.call('realdania', 'GET', path)).status).toBe(404);
    expect((await ctx.call(null, 'GET', path)).status).toBe(401);
  });

  it('answers every programme-scoped operation for a programme the caller is not in exactly as for an unknown id', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const unknown = randomUUID();
    const operations: [string, string, unknown?][] = [
      ['POST', 'commitments', commitment({ funderOrganisationId: ORG.realdania.id })],
      ['GET', 'funding'],
      ['POST', 'calls', openCall({ funderOrganisationId: ORG.realdania.id })],
      ['GET', 'calls'],
      ['GET', 'awards'],
    ];
    for (const user of ['realdania', 'reporterAarhus'] as const)
      for (const [method, path, body] of operations) {
        // Status, problem type, title and detail (with the id blanked) must not tell the two apart.
        const answer = async (id: string) => {
          const response = await ctx.call<Problem & { type?: string }>(
            user,
            method,
            `/programmes/${id}/${path}`,
            body,
          );
          const { type, title, detail } = response.body;
          return { status: response.status, type, title, detail: detail?.replace(id, '…') };
        };
        const hidden = await answer(programmeId);
        expect([user, method, path, hidden]).toEqual([user, method, path, await answer(unknown)]);
        // A reporter's role may not commit or open calls anywhere (403 for any id); otherwise 404.
        expect(hidden.status).toBe(user === 'reporterAarhus' && method === 'POST' ? 403 : 404);
      }
  });
});

describe('grant calls', () => {
  it('opens a call whose status follows its dates, announcing opening and closing once each', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const opensAt = new Date(Date.now() + 3_600_000);
    const closesAt = new Date(Date.now() + 7_200_000);
    const created = await ctx.call<GrantCallDto>(
      'helsefonden',
      'POST',
      `/programmes/${programmeId}/calls`,
      openCall({ opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'scheduled', budgetOre: 500_000_000, awardedOre: 0 });
    expect(created.body.criteria.map((c) => c.weight)).toEqual([3, 1]);
    const announcer = ctx.app.get(CallAnnouncer);
    const announced = async () =>
      (
        await ctx.app
          .get(DataSource)
          .query<{ event_type: string }[]>(
            `SELECT event_type FROM outbox_message WHERE payload->>'callId' = $1 ORDER BY position`,
            [created.body.id],
          )
      ).map((row) => row.event_type);
    expect(await announced()).toEqual([]);
    await announcer.runOnce(new Date(opensAt.getTime() + 1_000));
    await announcer.runOnce(new Date(opensAt.getTime() + 2_000));
    expect(await announced()).toEqual(['dk.samvirke.grants.grant-call.opened.v1']);
    await announcer.runOnce(new Date(closesAt.getTime() + 1_000));
    await announcer.runOnce(new Date(closesAt.getTime() + 2_000));
    expect(await announced()).toEqual([
      'dk.samvirke.grants.grant-call.opened.v1',
      'dk.samvirke.grants.grant-call.closed.v1',
    ]);
    // The programme's members list its calls; anyone signed in reads a call by its link (applicants
    // need not be members yet), but a programme one is not in is not listed (404, as an unknown one).
    const listed = await ctx.call<GrantCallDto[]>(
      'reporterKobenhavn',
      'GET',
      `/programmes/${programmeId}/calls`,
    );
    expect(listed.body.map((call) => call.id)).toEqual([created.body.id]);
    expect((await ctx.call('reporterAarhus', 'GET', `/calls/${created.body.id}`)).status).toBe(200);
    expect((await ctx.call('reporterAarhus', 'GET', `/programmes/${programmeId}/calls`)).status).toBe(404);
  });

  it('announces a call that is open already when it is created', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const created = await ctx.call<GrantCallDto>(
      'helsefonden',
      'POST',
      `/programmes/${programmeId}/calls`,
      openCall(),
    );
    expect(created.body.status).toBe('open');
    const [row] = await ctx.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_message WHERE payload->>'callId' = $1 AND event_type = 'dk.samvirke.grants.grant-call.opened.v1'`,
      [created.body.id],
    );
    expect(row?.n).toBe(1);
  });

  it('refuses a call with bad amounts, dates and weights, and one for a foundation that is not the caller', async () => {
    const { programmeId } = await ctx.seedProgramme();
    const before = await ctx.counts();
    const path = `/programmes/${programmeId}/calls`;
    const bad = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      openCall({
        budgetOre: 99.5,
        closesAt: new Date(Date.now() - 3_600_000).toISOString(),
        eligibleOrganisationTypes: [],
        criteria: [{ name: 'Effekt', weight: 0.5 }],
      }),
    );
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/budgetOre', '/criteria/0/weight', '/eligibleOrganisationTypes']);
    const past = await ctx.call<Problem>(
      'helsefonden',
      'POST',
      path,
      openCall({
        opensAt: new Date(Date.now() - 7_200_000).toISOString(),
        closesAt: new Date(Date.now() - 3_600_000).toISOString(),
      }),
    );
    expect(past.status).toBe(422);
    expect(pointers(past.body)).toEqual(['/closesAt']);
    const forOther = await ctx.call('bikubenfonden', 'POST', path, openCall());
    expect(forOther.status).toBe(403);
    expect((await ctx.call('coordinator', 'POST', path, openCall())).status).toBe(403);
    expect(await ctx.counts()).toEqual(before);
  });
});

it('serves exactly the operations of GRANTS_API (besides health and metrics)', () => {
  const { served, documented } = servedAndDocumented(ctx.app, GRANTS_API);
  expect(served).toEqual(documented);
});
