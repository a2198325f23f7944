import {
  clientToken,
  DEMO_CLIENTS,
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  migrateService,
  pgClient,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  type RunningService,
} from '@samvirke/testing';

/**
 * The flow of DESIGN.md §4 across every service, through the gateway with real Keycloak users:
 * Helsefonden awards København a grant co-funded by Bikubenfonden, whose officer is asked and
 * confirms its share; the grant's second tranche waits for approved Q2 data →
 * København's reporter submits Q2 in measurement → the backbone approves it → grants marks the
 * tranche eligible → notifications receives tranche.eligible, and the feed hands the integration
 * (a foundation's ERP) the public tranche.eligible and payment.recorded with both parties' CVR and the
 * bank-day due date. Each service is its own process, built from dist/, in this suite's database
 * schema and Kafka topic prefix.
 */
const suite = uniqueSuiteId('grants_e2e');
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  OUTBOX_POLL_INTERVAL_MS: '300',
  FEED_KAFKA_CLIENTS: '',
};
const SERVICES = ['partners', 'measurement', 'grants', 'notifications', 'feed'] as const;
/** Made-up CVR numbers (they pass the modulus-11 check) for the foundations; København's is its own. */
const CVR = {
  helsefonden: '29990018',
  bikubenfonden: '29990026',
  kobenhavn: DEMO_ORGANISATIONS.kobenhavn.cvr,
};
const services: RunningService[] = [];
let gateway: RunningService;
const ORG = DEMO_ORGANISATIONS;

beforeAll(async () => {
  await Promise.all(SERVICES.map((name) => migrateService(name, env)));
  const started = await Promise.all(
    SERVICES.map((name) => startService(name, `${name.toUpperCase()}_PORT`, env)),
  );
  services.push(...started);
  const urls = Object.fromEntries(
    started.map((service) => [`${service.name.toUpperCase()}_URL`, service.url]),
  );
  gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, ...urls });
  services.push(gateway);
}, 180_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await dropSchema(
    suite,
    SERVICES.map((name) => `samvirke_${name}`),
  );
}, 60_000);

type Body = Record<string, unknown>;

async function call(
  user: keyof typeof DEMO_USERS,
  service: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Body }> {
  const response = await fetch(`${gateway.url}/api/${service}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body };
}

async function expectStatus(status: number, request: Promise<{ status: number; body: Body }>): Promise<Body> {
  const response = await request;
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

async function query<T>(database: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = pgClient(database);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The programme's public events of a type, as the demo integration reads them from the feed. */
async function feedEvents(programmeId: string, type: string): Promise<Body[]> {
  const response = await fetch(
    `${gateway.url}/api/feed/events?programme=${programmeId}&type=${type}&limit=100`,
    {
      headers: { authorization: `Bearer ${await clientToken()}` },
    },
  );
  if (response.status !== 200) return [];
  const page = (await response.json()) as { events: { data: Body }[] };
  return page.events.map((event) => event.data);
}

it("releases a tranche when the backbone approves the grantee's Q2 data, and notifications receives tranche.eligible", async () => {
  // Partners: the organisations, and Helsefonden's programme with Bikubenfonden as co-funder and København reporting.
  for (const key of ['helsefonden', 'bikubenfonden', 'backbone', 'kobenhavn'] as const) {
    const organisation = ORG[key];
    await expectStatus(
      201,
      call('admin', 'partners', 'POST', '/organisations', {
        id: organisation.id,
        name: organisation.name,
        type: organisation.type,
        ...(key === 'kobenhavn' ? { kommunekode: '101' } : {}),
        ...(key === 'backbone' ? {} : { cvr: CVR[key] }),
      }),
    );
  }
  const programme = await expectStatus(
    201,
    call('helsefonden', 'partners', 'POST', '/programmes', {
      name: 'Bryd den negative sociale arv',
      slug: 'bryd-arven-grants-e2e',
      problemStatement: 'Social arv.',
      vision: 'Lige muligheder.',
      startDate: '2026-01-01',
      backboneOrganisationId: ORG.backbone.id,
      goals: [{ title: 'Færre unge uden hjem' }],
    }),
  );
  const programmeId = programme['id'] as string;
  await expectStatus(
    201,
    call('admin', 'partners', 'POST', `/programmes/${programmeId}/members`, {
      organisationId: ORG.bikubenfonden.id,
      roles: ['funder'],
    }),
  );
  await expectStatus(
    201,
    call('coordinator', 'partners', 'POST', `/programmes/${programmeId}/members`, {
      organisationId: ORG.kobenhavn.id,
      roles: ['data-provider', 'implementing-partner'],
    }),
  );

  // The foundations' ERP is the demo integration, granted the programme in the feed.
  await waitFor('the feed to know the programme', async () => {
    const response = await call(
      'admin',
      'feed',
      'PUT',
      `/grants/${DEMO_CLIENTS.integration.clientId}/programmes/${programmeId}`,
    );
    return response.status === 200;
  });

  // Grants learns the programme and its funders from partners' events; the foundations commit.
  await waitFor('grants to know Bikubenfonden as a funder', async () => {
    const response = await call('bikubenfonden', 'grants', 'POST', `/programmes/${programmeId}/commitments`, {
      funderOrganisationId: ORG.bikubenfonden.id,
      amountOre: 400_000_000,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    });
    return response.status === 201;
  });
  await expectStatus(
    201,
    call('helsefonden', 'grants', 'POST', `/programmes/${programmeId}/commitments`, {
      funderOrganisationId: ORG.helsefonden.id,
      amountOre: 1_000_000_000,
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
    }),
  );
  const grantCall = await expectStatus(
    201,
    call('helsefonden', 'grants', 'POST', `/programmes/${programmeId}/calls`, {
      funderOrganisationId: ORG.helsefonden.id,
      title: 'Unge uden hjem 2026',
      budgetOre: 500_000_000,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      eligibleOrganisationTypes: ['municipality'],
      criteria: [{ name: 'Effekt', weight: 1 }],
    }),
  );
  expect(grantCall['status']).toBe('open');
  const application = await expectStatus(
    201,
    call('reporterKobenhavn', 'grants', 'POST', `/calls/${grantCall['id'] as string}/applications`, {
      applicantOrganisationId: ORG.kobenhavn.id,
      title: 'Housing First for unge i København',
      description: 'Boligløsninger og bostøtte',
      requestedAmountOre: 200_000_000,
      budgetLines: [{ category: 'Bostøtte', amountOre: 200_000_000 }],
    }),
  );
  const applicationId = application['id'] as string;
  await expectStatus(
    200,
    call('reporterKobenhavn', 'grants', 'POST', `/applications/${applicationId}/submit`),
  );
  const award = await expectStatus(
    201,
    call('helsefonden', 'grants', 'POST', `/applications/${applicationId}/award`, {
      amountOre: 150_000_000,
      shares: [
        { funderOrganisationId: ORG.helsefonden.id, amountOre: 100_000_000 },
        { funderOrganisationId: ORG.bikubenfonden.id, amountOre: 50_000_000 },
      ],
      conditions: [{ key: 'q2', indicatorCode: 'hjemloese-unge-e2e', period: '2026-Q2' }],
      tranches: [
        // Skærtorsdag 2027: langfredag, the weekend and 2. påskedag follow, so it falls due on 30 March.
        { amountOre: 50_000_000, earliestDate: '2027-03-25' },
        { amountOre: 100_000_000, earliestDate: '2026-01-01', conditions: ['q2'] },
      ],
    }),
  );
  const awardId = award['id'] as string;
  const q2Tranche = (award['tranches'] as { id: string; status: string }[])[1];
  expect(q2Tranche?.status).toBe('pending');
  // Half of Bikubenfonden's money: the award waits for its officer, who is asked in the inbox.
  expect(award['status']).toBe('pending');
  await waitFor("the request in Bikubenfonden's inbox", async () => {
    const inbox = await call('bikubenfonden', 'notifications', 'GET', '/inbox?limit=100');
    return ((inbox.body['items'] ?? []) as { eventType: string; programmeId: string | null }[]).some(
      (item) =>
        item.eventType === 'dk.samvirke.grants.award-share.requested.v1' && item.programmeId === programmeId,
    );
  });
  const confirmed = await expectStatus(
    200,
    call('bikubenfonden', 'grants', 'POST', `/awards/${awardId}/shares/${ORG.bikubenfonden.id}/confirm`),
  );
  expect(confirmed['status']).toBe('awarded');
  const early = await call(
    'helsefonden',
    'grants',
    'POST',
    `/awards/${awardId}/tranches/${q2Tranche?.id}/payment`,
    {
      paymentReference: 'HF-TOO-EARLY',
    },
  );
  expect(early.status).toBe(409);

  // Measurement: the backbone sets up Q2; København's reporter submits; the backbone approves.
  await expectStatus(
    201,
    call('coordinator', 'measurement', 'POST', '/indicators', {
      code: 'hjemloese-unge-e2e',
      nameDa: 'Hjemløse unge',
      nameEn: 'Homeless young people',
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'lower-is-better',
      min: 0,
    }),
  );
  await waitFor('measurement to know the programme', async () => {
    const response = await call(
      'coordinator',
      'measurement',
      'PUT',
      `/programmes/${programmeId}/indicators/hjemloese-unge-e2e`,
      {
        frequency: 'quarterly',
        baseline: null,
        targets: [],
      },
    );
    return response.status === 200;
  });
  const period = await expectStatus(
    201,
    call('coordinator', 'measurement', 'POST', `/programmes/${programmeId}/periods`, {
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2099-07-31',
    }),
  );
  const submission = `/programmes/${programmeId}/periods/${period['id'] as string}/submissions/${ORG.kobenhavn.id}`;
  await waitFor('measurement to know København as a data provider', async () => {
    const response = await call('reporterKobenhavn', 'measurement', 'PUT', submission, {
      values: [{ indicator: 'hjemloese-unge-e2e', value: 42 }],
    });
    return response.status === 200;
  });
  await expectStatus(200, call('reporterKobenhavn', 'measurement', 'POST', `${submission}/submit`));
  await expectStatus(200, call('coordinator', 'measurement', 'POST', `${submission}/approve`));

  // Grants: the Q2 tranche becomes eligible; the grantee sees it; the funder pays it.
  const released = await waitFor('the Q2 tranche to become eligible', async () => {
    const response = await call('reporterKobenhavn', 'grants', 'GET', `/awards/${awardId}`);
    const tranches = response.body['tranches'] as { id: string; status: string }[] | undefined;
    return tranches?.[1]?.status === 'eligible' ? tranches : undefined;
  });
  expect(released.map((tranche) => tranche.status)).toEqual(['eligible', 'eligible']);

  // The tranche.eligible event as grants published it: ids and amounts only.
  const [eligibleEvent] = await query<{ id: string; payload: Body }>(
    'samvirke_grants',
    `SELECT id, payload FROM "${suite}".outbox_message
      WHERE event_type = 'dk.samvirke.grants.tranche.eligible.v1' AND payload->>'trancheId' = $1`,
    [q2Tranche?.id],
  );
  expect(eligibleEvent?.payload).toMatchObject({
    awardId,
    programmeId,
    granteeOrganisationId: ORG.kobenhavn.id,
    funderOrganisationIds: [ORG.helsefonden.id, ORG.bikubenfonden.id].sort(),
    amountOre: 100_000_000,
  });

  // The ERP reads the public tranche.eligible: each funder's part with its CVR, the grantee's CVR,
  // and the due date, a Danish bank day. The first tranche was eligible once the award was made.
  const eligible = await waitFor('both public tranche.eligible events on the feed', async () => {
    const events = await feedEvents(programmeId, 'dk.samvirke.public.tranche.eligible.v1');
    return events.length === 2 ? events : undefined;
  });
  const byTranche = new Map(eligible.map((event) => [event['trancheId'], event]));
  const [firstTranche] = award['tranches'] as { id: string }[];
  const { eligibleAt: firstEligibleAt, ...firstPublic } = byTranche.get(firstTranche?.id) ?? {};
  expect(Date.parse(String(firstEligibleAt))).toBeGreaterThan(Date.now() - 600_000);
  expect(firstPublic).toEqual({
    trancheId: firstTranche?.id,
    awardId,
    programmeId,
    granteeOrganisationId: ORG.kobenhavn.id,
    granteeCvr: CVR.kobenhavn,
    amountOre: 50_000_000,
    // The award's shares (100 + 50 mio. øre) spread over its tranches in proportion.
    funders: [
      { funderOrganisationId: ORG.helsefonden.id, funderCvr: CVR.helsefonden, amountOre: 33_333_333 },
      { funderOrganisationId: ORG.bikubenfonden.id, funderCvr: CVR.bikubenfonden, amountOre: 16_666_667 },
    ].sort((a, b) => a.funderOrganisationId.localeCompare(b.funderOrganisationId)),
    earliestDate: '2027-03-25',
    dueDate: '2027-03-30',
  });
  // v2 names every grantee; this award has one, the lead, paid every funder's part whole.
  const eligibleToGrantees = await waitFor('both public tranche.eligible.v2 events on the feed', async () => {
    const events = await feedEvents(programmeId, 'dk.samvirke.public.tranche.eligible.v2');
    return events.length === 2 ? events : undefined;
  });
  const firstToGrantees = eligibleToGrantees.find((event) => event['trancheId'] === firstTranche?.id);
  expect(firstToGrantees).toMatchObject({
    leadOrganisationId: ORG.kobenhavn.id,
    amountOre: 50_000_000,
    funders: firstPublic['funders'],
    grantees: [
      {
        organisationId: ORG.kobenhavn.id,
        cvr: CVR.kobenhavn,
        lead: true,
        amountOre: 50_000_000,
        funders: firstPublic['funders'],
      },
    ],
  });
  const q2Public = byTranche.get(q2Tranche?.id);
  expect(q2Public).toMatchObject({ granteeCvr: CVR.kobenhavn, amountOre: 100_000_000 });
  expect(JSON.stringify(eligible)).not.toMatch(/title|Housing First/);
  const q2Due = String(q2Public?.['dueDate']);
  expect(new Date(`${q2Due}T12:00:00Z`).getUTCDay()).not.toBe(0);
  expect(new Date(`${q2Due}T12:00:00Z`).getUTCDay()).not.toBe(6);

  // Notifications received it: both funders' officers find it in their in-app inbox.
  for (const officer of ['helsefonden', 'bikubenfonden'] as const) {
    const item = await waitFor(`the tranche.eligible notification in ${officer}'s inbox`, async () => {
      const inbox = await call(officer, 'notifications', 'GET', '/inbox?limit=100');
      const items = (inbox.body['items'] ?? []) as {
        eventType: string;
        programmeId: string | null;
        organisationId: string;
      }[];
      return items.find(
        (candidate) =>
          candidate.eventType === 'dk.samvirke.grants.tranche.eligible.v1' &&
          candidate.programmeId === programmeId,
      );
    });
    expect(item.organisationId).toBe(ORG[officer].id);
  }
  const grantee = await call('reporterKobenhavn', 'notifications', 'GET', '/inbox?limit=100');
  const granteeTypes = ((grantee.body['items'] ?? []) as { eventType: string }[]).map(
    (item) => item.eventType,
  );
  expect(granteeTypes).not.toContain('dk.samvirke.grants.tranche.eligible.v1');

  // Each funder pays its own part; the tranche is paid when both are.
  const part = await expectStatus(
    200,
    call('bikubenfonden', 'grants', 'POST', `/awards/${awardId}/tranches/${q2Tranche?.id}/payment`, {
      paymentReference: 'BF-2026-0815',
    }),
  );
  expect((part['tranches'] as { status: string }[])[1]?.status).toBe('eligible');
  const paid = await expectStatus(
    200,
    call('helsefonden', 'grants', 'POST', `/awards/${awardId}/tranches/${q2Tranche?.id}/payment`, {
      paymentReference: 'HF-2026-0815',
    }),
  );
  expect((paid['tranches'] as { status: string }[])[1]?.status).toBe('paid');
  // The ERP reads each funder's payment: its part, both CVRs, the due date it was paid against; no reference.
  const payments = await waitFor('both public payment.recorded events on the feed', async () => {
    const events = await feedEvents(programmeId, 'dk.samvirke.public.payment.recorded.v1');
    return events.length === 2 ? events : undefined;
  });
  const q2Parts = (q2Public?.['funders'] ?? []) as { funderOrganisationId: string; amountOre: number }[];
  expect(
    payments.map((event) => [
      event['funderOrganisationId'],
      event['funderCvr'],
      event['granteeCvr'],
      event['amountOre'],
      event['dueDate'],
      event['tranchePaid'],
    ]),
  ).toEqual([
    [
      ORG.bikubenfonden.id,
      CVR.bikubenfonden,
      CVR.kobenhavn,
      q2Parts.find((p) => p.funderOrganisationId === ORG.bikubenfonden.id)?.amountOre,
      q2Due,
      false,
    ],
    [
      ORG.helsefonden.id,
      CVR.helsefonden,
      CVR.kobenhavn,
      q2Parts.find((p) => p.funderOrganisationId === ORG.helsefonden.id)?.amountOre,
      q2Due,
      true,
    ],
  ]);
  expect(JSON.stringify(payments)).not.toMatch(/BF-2026-0815|HF-2026-0815|paymentReference/);
  const paymentsToGrantees = await waitFor('both public payment.recorded.v2 events on the feed', async () => {
    const events = await feedEvents(programmeId, 'dk.samvirke.public.payment.recorded.v2');
    return events.length === 2 ? events : undefined;
  });
  for (const payment of paymentsToGrantees)
    expect(payment['grantees']).toEqual([
      { organisationId: ORG.kobenhavn.id, cvr: CVR.kobenhavn, lead: true, amountOre: payment['amountOre'] },
    ]);

  const overview = await expectStatus(
    200,
    call('coordinator', 'grants', 'GET', `/programmes/${programmeId}/funding`),
  );
  expect(overview['total']).toEqual({
    committedOre: 1_400_000_000,
    awardedOre: 150_000_000,
    paidOre: 100_000_000,
    remainingOre: 1_250_000_000,
  });
});
