import type { AgreementDto, ApplicationDto, AwardDto, OwnApplicationDto } from '@samvirke/contracts';
import {
  callIn,
  COMPLETE_APPLICATION,
  grantsSuite,
  ORG,
  pointers,
  type Problem,
} from '../../test/grants-api.fixture.js';

/** Joint applications (a lead, partners with budgets, their confirmations) against real PostgreSQL, Kafka and Keycloak. */
const ctx = grantsSuite('grants_joint');

let lastProgrammeId = '';

async function draft(): Promise<string> {
  const { programmeId } = await ctx.seedProgramme();
  lastProgrammeId = programmeId;
  const callId = await callIn(ctx, programmeId);
  const started = await ctx.call<ApplicationDto>(
    'reporterKobenhavn',
    'POST',
    `/calls/${callId}/applications`,
    {
      applicantOrganisationId: ORG.kobenhavn.id,
      ...COMPLETE_APPLICATION,
    },
  );
  return started.body.id;
}

const eventsFor = (type: string, id: string) =>
  ctx.db.query<{ payload: Record<string, unknown> }[]>(
    `SELECT payload FROM outbox_message WHERE event_type = $1 AND payload->>'applicationId' = $2`,
    [type, id],
  );

describe('joint applications', () => {
  it('lets the lead name partners with budgets, naming every fault, and asks each partner', async () => {
    const id = await draft();
    const before = await ctx.counts();
    const bad = await ctx.call<Problem>('reporterKobenhavn', 'PUT', `/applications/${id}/partners`, {
      partners: [
        { organisationId: ORG.kobenhavn.id, budgetOre: 1_000 },
        { organisationId: ORG.ngo.id, budgetOre: 100_000_000 },
        { organisationId: ORG.ngo.id, budgetOre: 100_000_000 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(pointers(bad.body)).toEqual([
      '/partners',
      '/partners/0/organisationId',
      '/partners/2/organisationId',
    ]);
    expect((await ctx.call('member', 'PUT', `/applications/${id}/partners`, { partners: [] })).status).toBe(
      404,
    );
    expect(await ctx.counts()).toEqual(before);
    const saved = await ctx.call<ApplicationDto>('reporterKobenhavn', 'PUT', `/applications/${id}/partners`, {
      partners: [{ organisationId: ORG.ngo.id, budgetOre: 50_000_000 }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.partners).toEqual([
      expect.objectContaining({ organisationId: ORG.ngo.id, budgetOre: 50_000_000, status: 'invited' }),
    ]);
    const [invited] = await eventsFor('dk.samvirke.grants.application-partner.invited.v1', id);
    expect(invited?.payload).toMatchObject({
      leadOrganisationId: ORG.kobenhavn.id,
      partnerOrganisationId: ORG.ngo.id,
    });
    // The partner sees the application among its own, and by its link.
    const own = await ctx.call<OwnApplicationDto[]>('member', 'GET', '/applications');
    expect(own.body.map((application) => application.id)).toContain(id);
    expect((await ctx.call('member', 'GET', `/applications/${id}`)).status).toBe(200);
  });

  it('submits only once every partner has confirmed; only the partner answers for itself', async () => {
    const id = await draft();
    await ctx.call('reporterKobenhavn', 'PUT', `/applications/${id}/partners`, {
      partners: [{ organisationId: ORG.ngo.id, budgetOre: 50_000_000 }],
    });
    const waiting = await ctx.call<Problem>('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    expect(waiting.status).toBe(422);
    expect(pointers(waiting.body)).toEqual(['/partners/0']);
    const path = `/applications/${id}/partners/${ORG.ngo.id}`;
    expect((await ctx.call('reporterKobenhavn', 'POST', `${path}/confirm`)).status).toBe(403);
    expect((await ctx.call('reporterAarhus', 'POST', `${path}/confirm`)).status).toBe(404);
    expect((await ctx.call('member', 'POST', `${path}/decline`, {})).status).toBe(400);
    const declined = await ctx.call<ApplicationDto>('member', 'POST', `${path}/decline`, {
      reason: 'Ingen kapacitet i år.',
    });
    expect(declined.body.partners[0]).toMatchObject({ status: 'declined', reason: 'Ingen kapacitet i år.' });
    const refused = await ctx.call<Problem>('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    expect(refused.body.errors).toEqual([
      { pointer: '/partners/0', detail: 'declined to take part: Ingen kapacitet i år.' },
    ]);
    const confirmed = await ctx.call<ApplicationDto>('member', 'POST', `${path}/confirm`);
    expect(confirmed.body.partners[0]?.status).toBe('confirmed');
    const answers = await eventsFor('dk.samvirke.grants.application-partner.answered.v1', id);
    expect(answers).toHaveLength(2);
    expect(answers.map((event) => event.payload['confirmed'])).toEqual(expect.arrayContaining([false, true]));
    const submitted = await ctx.call<ApplicationDto>(
      'reporterKobenhavn',
      'POST',
      `/applications/${id}/submit`,
    );
    expect(submitted.body.status).toBe('submitted');
    expect((await ctx.call('member', 'POST', `${path}/decline`, { reason: 'For sent.' })).status).toBe(409);
    const seen = await ctx.call<ApplicationDto>('helsefonden', 'GET', `/applications/${id}`);
    expect(seen.body.partners).toEqual([
      expect.objectContaining({
        organisationId: ORG.ngo.id,
        organisationName: ORG.ngo.name,
        status: 'confirmed',
      }),
    ]);
  });

  it('splits the award and its tranches between the lead and its partners, and the agreement names them', async () => {
    const id = await draft();
    await ctx.call('reporterKobenhavn', 'PUT', `/applications/${id}/partners`, {
      partners: [{ organisationId: ORG.ngo.id, budgetOre: 50_000_000 }],
    });
    await ctx.call('member', 'POST', `/applications/${id}/partners/${ORG.ngo.id}/confirm`);
    await ctx.call('reporterKobenhavn', 'POST', `/applications/${id}/submit`);
    await ctx.call('helsefonden', 'POST', `/programmes/${lastProgrammeId}/commitments`, {
      funderOrganisationId: ORG.helsefonden.id,
      amountOre: 1_000_000_000,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    const award = await ctx.call<AwardDto>('helsefonden', 'POST', `/applications/${id}/award`, {
      amountOre: 100_000_000,
      shares: [{ funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000 }],
      tranches: [
        { amountOre: 60_000_000, earliestDate: '2026-01-01' },
        { amountOre: 40_000_000, earliestDate: '2026-07-01' },
      ],
    });
    expect(award.status).toBe(201);
    // København asked for 200 mio. øre of which the NGO's part is 50: three quarters and one quarter.
    expect(award.body.grantees).toEqual([
      { organisationId: ORG.kobenhavn.id, amountOre: 75_000_000 },
      { organisationId: ORG.ngo.id, amountOre: 25_000_000 },
    ]);
    expect(award.body.tranches.map((tranche) => tranche.grantees?.map((g) => g.amountOre))).toEqual([
      [45_000_000, 15_000_000],
      [30_000_000, 10_000_000],
    ]);
    const agreement = await ctx.call<AgreementDto>(
      'reporterKobenhavn',
      'GET',
      `/awards/${award.body.id}/agreement`,
    );
    expect(agreement.body.terms.partners).toEqual([
      { organisationId: ORG.kobenhavn.id, name: ORG.kobenhavn.name, amountOre: 75_000_000 },
      { organisationId: ORG.ngo.id, name: ORG.ngo.name, amountOre: 25_000_000 },
    ]);
    // A partner is a grantee too: the NGO's member reads the award and the agreement (it had 404),
    // and only the lead accepts the agreement.
    const partnerView = await ctx.call<AwardDto>('member', 'GET', `/awards/${award.body.id}`);
    expect(partnerView.status).toBe(200);
    expect(partnerView.body.grantees).toEqual(award.body.grantees);
    expect((await ctx.call('member', 'GET', `/awards/${award.body.id}/agreement`)).status).toBe(200);
    const accept = await ctx.call('member', 'POST', `/awards/${award.body.id}/agreement/accept`, {
      version: agreement.body.version,
      termsSha256: agreement.body.termsSha256,
    });
    expect(accept.status).toBe(403);
  });
});
