import { TOPICS, type ApplicationDto, type AwardDto, type TrancheDto } from '@samvirke/contracts';
import { readTopic, waitFor, type ReadMessage } from '@samvirke/testing';
import { callIn, COMPLETE_APPLICATION, grantsSuite, ORG } from '../../test/grants-api.fixture.js';

/**
 * The funders' ERP pays each grantee of a joint application's award: tranche.eligible and
 * payment.recorded, read from Kafka as grants publishes them, name every grantee with its CVR and
 * its part. Real PostgreSQL, Kafka and Keycloak.
 */
const ctx = grantsSuite('grants_grantee_payments');

type Grantee = { organisationId: string; cvr: string | null; lead: boolean; amountOre: number };
type Part = { funderOrganisationId: string; funderCvr: string | null; amountOre: number };

async function jointAward(): Promise<{ programmeId: string; award: AwardDto }> {
  const { programmeId } = await ctx.seedProgramme();
  for (const [user, funderOrganisationId] of [
    ['helsefonden', ORG.helsefonden.id],
    ['bikubenfonden', ORG.bikubenfonden.id],
  ] as const)
    await ctx.call(user, 'POST', `/programmes/${programmeId}/commitments`, {
      funderOrganisationId,
      amountOre: 500_000_000,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
  const callId = await callIn(ctx, programmeId);
  const draft = await ctx.call<ApplicationDto>('reporterKobenhavn', 'POST', `/calls/${callId}/applications`, {
    applicantOrganisationId: ORG.kobenhavn.id,
    ...COMPLETE_APPLICATION,
  });
  const id = draft.body.id;
  // København asks for 200 mio. øre, of which the NGO's (which has no CVR) budget is 50.
  await ctx.call('reporterKobenhavn', 'PUT', `/applications/${id}/partners`, {
    partners: [{ organisationId: ORG.ngo.id, budgetOre: 50_000_000 }],
  });
  await ctx.call('member', 'POST', `/applications/${id}/partners/${ORG.ngo.id}/confirm`);
  expect((await ctx.call('reporterKobenhavn', 'POST', `/applications/${id}/submit`)).status).toBe(200);
  const proposed = await ctx.call<AwardDto>('helsefonden', 'POST', `/applications/${id}/award`, {
    amountOre: 100_000_003,
    shares: [
      { funderOrganisationId: ORG.helsefonden.id, amountOre: 60_000_001 },
      { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 40_000_002 },
    ],
    tranches: [
      { amountOre: 60_000_003, earliestDate: '2026-01-01' },
      { amountOre: 40_000_000, earliestDate: '2026-07-01' },
    ],
  });
  expect(proposed.status).toBe(201);
  const confirmed = await ctx.call<AwardDto>(
    'bikubenfonden',
    'POST',
    `/awards/${proposed.body.id}/shares/${ORG.bikubenfonden.id}/confirm`,
  );
  expect(confirmed.status).toBe(200);
  return { programmeId, award: confirmed.body };
}

const grantsTopic = () => `${process.env['KAFKA_TOPIC_PREFIX'] ?? ''}${TOPICS.grants}`;
const brokers = () => (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');

/** The payloads of one event type about one tranche, as Kafka carries them. */
async function onKafka(type: string, trancheId: string, count: number): Promise<Record<string, unknown>[]> {
  const of = (messages: readonly ReadMessage[]) =>
    messages
      .filter((message) => message.headers['ce_type'] === `dk.samvirke.grants.${type}.v1`)
      .map((message) => JSON.parse(message.value?.toString('utf8') ?? '{}') as Record<string, unknown>)
      .filter((data) => data['trancheId'] === trancheId);
  return of(await readTopic(brokers(), grantsTopic(), (messages) => of(messages).length >= count));
}

const sum = (amounts: readonly { amountOre: number }[]) => amounts.reduce((s, a) => s + a.amountOre, 0);

describe("payments to each grantee of a joint application's award", () => {
  it('names every grantee with its CVR and part in tranche.eligible and payment.recorded on Kafka', async () => {
    const { award } = await jointAward();
    const [first] = award.tranches as [TrancheDto];
    await waitFor('the first tranche to be eligible', async () => {
      const seen = await ctx.call<AwardDto>('helsefonden', 'GET', `/awards/${award.id}`);
      return seen.body.tranches[0]?.status === 'eligible';
    });
    const [eligible] = await onKafka('tranche.eligible', first.id, 1);
    const payment = eligible?.['payment'] as { parts: Part[]; grantees: (Grantee & { funders: Part[] })[] };
    // København keeps three quarters, the NGO a quarter of each funder's part; the rounding is the lead's.
    const expected = (share: Part) => {
      const ngo = Math.floor((share.amountOre * 50_000_000) / 200_000_000);
      return { lead: share.amountOre - ngo, ngo };
    };
    const [partA, partB] = payment.parts as [Part, Part];
    expect(payment.grantees.map((g) => [g.organisationId, g.cvr, g.lead])).toEqual([
      [ORG.kobenhavn.id, ORG.kobenhavn.cvr, true],
      [ORG.ngo.id, null, false],
    ]);
    expect(payment.grantees.map((g) => g.funders.map((f) => f.amountOre))).toEqual([
      [expected(partA).lead, expected(partB).lead],
      [expected(partA).ngo, expected(partB).ngo],
    ]);
    expect(sum(payment.grantees)).toBe(60_000_003);
    expect(payment.grantees.map((g) => g.amountOre)).toEqual(payment.grantees.map((g) => sum(g.funders)));
    // The award as the portal shows it agrees with the event.
    const seen = await ctx.call<AwardDto>('reporterKobenhavn', 'GET', `/awards/${award.id}`);
    expect(seen.body.tranches[0]?.grantees).toEqual(
      payment.grantees.map((g) => ({ organisationId: g.organisationId, amountOre: g.amountOre })),
    );

    const path = `/awards/${award.id}/tranches/${first.id}/payment`;
    expect((await ctx.call('helsefonden', 'POST', path, { paymentReference: 'HF-1' })).status).toBe(200);
    expect((await ctx.call('bikubenfonden', 'POST', path, { paymentReference: 'BF-1' })).status).toBe(200);
    const recorded = await onKafka('payment.recorded', first.id, 2);
    expect(recorded).toHaveLength(2);
    for (const paid of recorded) {
      const part = payment.parts.find((p) => p.funderOrganisationId === paid['funderOrganisationId']);
      expect(part).toBeDefined();
      const grantees = paid['grantees'] as Grantee[];
      expect(paid['amountOre']).toBe(part?.amountOre);
      expect(sum(grantees)).toBe(part?.amountOre);
      expect(grantees).toEqual([
        {
          organisationId: ORG.kobenhavn.id,
          cvr: ORG.kobenhavn.cvr,
          lead: true,
          amountOre: expected(part!).lead,
        },
        { organisationId: ORG.ngo.id, cvr: null, lead: false, amountOre: expected(part!).ngo },
      ]);
      expect(paid).toMatchObject({
        granteeOrganisationId: ORG.kobenhavn.id,
        dueDate: eligible?.['payment'] && (eligible['payment'] as { dueDate: string }).dueDate,
      });
    }
    expect(sum(recorded.map((p) => ({ amountOre: p['amountOre'] as number })))).toBe(60_000_003);
  });
});
