import type { AwardDto, FundingOverviewDto } from '@samvirke/contracts';
import { award, eventsOf, proposed } from '../../test/awards.fixture.js';
import { grantsSuite, ORG, pointers, type Problem } from '../../test/grants-api.fixture.js';

/**
 * A co-funder's consent to its share of an award, against real PostgreSQL, Kafka and Keycloak:
 * Helsefonden's call awards 100 of its own and 50 of Bikubenfonden's commitment.
 */
const ctx = grantsSuite('grants_consent');

const share = (awardId: string, verb: 'confirm' | 'decline') =>
  `/awards/${awardId}/shares/${ORG.bikubenfonden.id}/${verb}`;

describe("a co-funder's share of an award", () => {
  it('keeps the award pending, reserved and unpayable until the co-funder confirms; only its officer may', async () => {
    const { programmeId, award: pending } = await proposed(ctx);
    expect(pending.status).toBe('pending');
    expect(pending.awardingOrganisationId).toBe(ORG.helsefonden.id);
    expect(Object.fromEntries(pending.shares.map((s) => [s.funderOrganisationId, s.status]))).toEqual({
      [ORG.helsefonden.id]: 'confirmed',
      [ORG.bikubenfonden.id]: 'pending',
    });
    // Even the unconditional tranche waits: nothing of a pending award is payable.
    expect(pending.tranches.map((t) => t.status)).toEqual(['pending', 'pending']);
    expect(await eventsOf(ctx, programmeId, 'grant.awarded')).toEqual([]);
    expect(await eventsOf(ctx, programmeId, 'award-share.requested')).toEqual([
      expect.objectContaining({
        awardId: pending.id,
        awardingOrganisationId: ORG.helsefonden.id,
        funderOrganisationId: ORG.bikubenfonden.id,
        amountOre: 50_000_000,
        awardAmountOre: 150_000_000,
      }),
    ]);
    const application = await ctx.call<{ status: string }>(
      'reporterKobenhavn',
      'GET',
      `/applications/${pending.applicationId}`,
    );
    expect(application.body.status).toBe('submitted');
    // The pending shares are reserved: the commitment cannot be promised twice meanwhile.
    const overview = await ctx.call<FundingOverviewDto>(
      'bikubenfonden',
      'GET',
      `/programmes/${programmeId}/funding`,
    );
    expect(
      overview.body.funders.find((f) => f.funderOrganisationId === ORG.bikubenfonden.id)?.awardedOre,
    ).toBe(50_000_000);

    const before = await ctx.counts();
    // The awarding foundation cannot consent for the co-funder, nor can an admin or a reporter.
    for (const user of ['helsefonden', 'admin', 'reporterKobenhavn'] as const)
      expect([user, (await ctx.call(user, 'POST', share(pending.id, 'confirm'))).status]).toEqual([
        user,
        403,
      ]);
    // Another foundation does not see the award at all.
    expect((await ctx.call('realdania', 'POST', share(pending.id, 'confirm'))).status).toBe(404);
    const pay = `/awards/${pending.id}/tranches/${pending.tranches[0]?.id}/payment`;
    expect((await ctx.call('helsefonden', 'POST', pay, { paymentReference: 'HF-1' })).status).toBe(409);
    expect(
      (await ctx.call('helsefonden', 'POST', `/applications/${pending.applicationId}/award`, award())).status,
    ).toBe(409);
    // Nor is the application rejected or withdrawn under the co-funder's feet.
    expect(
      (
        await ctx.call('helsefonden', 'POST', `/applications/${pending.applicationId}/reject`, {
          reason: 'Alligevel ikke.',
        })
      ).status,
    ).toBe(409);
    expect(
      (await ctx.call('reporterKobenhavn', 'POST', `/applications/${pending.applicationId}/withdraw`)).status,
    ).toBe(409);
    expect(await ctx.counts()).toEqual(before);

    const confirmed = await ctx.call<AwardDto>('bikubenfonden', 'POST', share(pending.id, 'confirm'));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('awarded');
    expect(confirmed.body.tranches.map((t) => t.status)).toEqual(['eligible', 'pending']);
    expect(await eventsOf(ctx, programmeId, 'award-share.confirmed')).toEqual([
      expect.objectContaining({
        awardId: pending.id,
        funderOrganisationId: ORG.bikubenfonden.id,
        awardComplete: true,
      }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'grant.awarded')).toEqual([
      expect.objectContaining({ awardId: pending.id, amountOre: 150_000_000 }),
    ]);
    expect((await ctx.call('bikubenfonden', 'POST', share(pending.id, 'confirm'))).status).toBe(409);
    const decided = await ctx.call<{ status: string }>(
      'reporterKobenhavn',
      'GET',
      `/applications/${pending.applicationId}`,
    );
    expect(decided.body.status).toBe('awarded');
  });

  it('does not make the award when the co-funder declines: shares released, the application open for a new award', async () => {
    const { programmeId, award: pending } = await proposed(ctx);
    const missing = await ctx.call<Problem>('bikubenfonden', 'POST', share(pending.id, 'decline'), {});
    expect(missing.status).toBe(400);
    expect(pointers(missing.body)).toEqual(['/reason']);
    expect(
      (await ctx.call('helsefonden', 'POST', share(pending.id, 'decline'), { reason: 'Nej.' })).status,
    ).toBe(403);

    const declined = await ctx.call<AwardDto>('bikubenfonden', 'POST', share(pending.id, 'decline'), {
      reason: 'Uden for vores strategi i år.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    expect(declined.body.shares.find((s) => s.funderOrganisationId === ORG.bikubenfonden.id)).toMatchObject({
      status: 'declined',
      declineReason: 'Uden for vores strategi i år.',
    });
    expect(await eventsOf(ctx, programmeId, 'award-share.declined')).toEqual([
      expect.objectContaining({ awardId: pending.id, reason: 'Uden for vores strategi i år.' }),
    ]);
    expect(await eventsOf(ctx, programmeId, 'grant.awarded')).toEqual([]);
    expect((await ctx.call('bikubenfonden', 'POST', share(pending.id, 'confirm'))).status).toBe(409);
    const overview = await ctx.call<FundingOverviewDto>(
      'helsefonden',
      'GET',
      `/programmes/${programmeId}/funding`,
    );
    expect(overview.body.total.awardedOre).toBe(0);

    // Helsefonden awards the application anew, alone: made at once, no consent needed.
    const alone = await ctx.call<AwardDto>(
      'helsefonden',
      'POST',
      `/applications/${pending.applicationId}/award`,
      award({ shares: [{ funderOrganisationId: ORG.helsefonden.id, amountOre: 150_000_000 }] }),
    );
    expect(alone.status).toBe(201);
    expect(alone.body.status).toBe('awarded');
    expect(alone.body.tranches.map((t) => t.status)).toEqual(['eligible', 'pending']);
    expect(await eventsOf(ctx, programmeId, 'award-share.requested')).toHaveLength(1);
  });
});
