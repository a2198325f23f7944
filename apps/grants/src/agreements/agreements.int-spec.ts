import type { AgreementDto } from '@samvirke/contracts';
import { awarded, eventsOf, proposed } from '../../test/awards.fixture.js';
import { grantsSuite, ORG } from '../../test/grants-api.fixture.js';

/**
 * The grant agreement of a made award, against real PostgreSQL, Kafka and Keycloak: Helsefonden's
 * call awards København 150, 50 of it from Bikubenfonden's commitment once Bikubenfonden confirms.
 */
const ctx = grantsSuite('grants_agreement');
const agreement = (awardId: string) => `/awards/${awardId}/agreement`;

describe("an award's grant agreement", () => {
  it('does not exist while the co-funder has not confirmed', async () => {
    const { award } = await proposed(ctx);
    expect((await ctx.call('helsefonden', 'GET', agreement(award.id))).status).toBe(409);
  });

  it('is generated from the made award, read alike by the grantee and the funders, and hidden from others', async () => {
    const { award } = await awarded(ctx);
    const grantee = await ctx.call<AgreementDto>('reporterKobenhavn', 'GET', agreement(award.id));
    expect(grantee.status).toBe(200);
    expect(grantee.body).toMatchObject({ version: 1, status: 'awaiting-acceptance', acceptedAt: null });
    expect(grantee.body.terms.grantee.organisationId).toBe(ORG.kobenhavn.id);
    expect(grantee.body.terms.funders.map((f) => f.organisationId).sort()).toEqual(
      [ORG.helsefonden.id, ORG.bikubenfonden.id].sort(),
    );
    expect(grantee.body.terms.amountOre).toBe(award.amountOre);
    const funder = await ctx.call<AgreementDto>('bikubenfonden', 'GET', agreement(award.id));
    expect(funder.body.termsSha256).toBe(grantee.body.termsSha256);
    expect((await ctx.call('realdania', 'GET', agreement(award.id))).status).toBe(404);
  });

  it('is accepted by the grantee only, as read, once; agreement.accepted is recorded once', async () => {
    const { programmeId, award } = await awarded(ctx);
    const read = (await ctx.call<AgreementDto>('reporterKobenhavn', 'GET', agreement(award.id))).body;
    const accept = `${agreement(award.id)}/accept`;
    const before = await ctx.counts();
    for (const user of ['helsefonden', 'admin'] as const)
      expect([
        user,
        (await ctx.call(user, 'POST', accept, { version: 1, termsSha256: read.termsSha256 })).status,
      ]).toEqual([user, 403]);
    const stale = await ctx.call('reporterKobenhavn', 'POST', accept, {
      version: 1,
      termsSha256: 'a'.repeat(64),
    });
    expect(stale.status).toBe(409);
    const bad = await ctx.call<{ errors: { pointer: string }[] }>('reporterKobenhavn', 'POST', accept, {
      version: 0,
      termsSha256: 'nope',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.pointer).sort()).toEqual(['/termsSha256', '/version']);
    expect(await ctx.counts()).toEqual(before);

    const accepted = await ctx.call<AgreementDto>('reporterKobenhavn', 'POST', accept, {
      version: 1,
      termsSha256: read.termsSha256,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptedBy: 'reporter.kobenhavn' });
    const again = await ctx.call<AgreementDto>('reporterKobenhavn', 'POST', accept, {
      version: 1,
      termsSha256: read.termsSha256,
    });
    expect(again.body.acceptedAt).toBe(accepted.body.acceptedAt);
    expect(await eventsOf(ctx, programmeId, 'grant-agreement.accepted')).toEqual([
      expect.objectContaining({ awardId: award.id, version: 1, termsSha256: read.termsSha256 }),
    ]);
    const funder = await ctx.call<AgreementDto>('helsefonden', 'GET', agreement(award.id));
    expect(funder.body.status).toBe('accepted');
  });
});
