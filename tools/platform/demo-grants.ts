/**
 * Grants demo data, loaded through the gateway as its users would: commitments from the
 * foundations to the five demo programmes, one open call in "Bryd den negative sociale arv", a few
 * applications (one awarded with tranches waiting for approved reporting, one under review, one
 * draft). Safe to run again: a programme with commitments already is left as it is.
 */
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken, waitFor } from '@samvirke/testing';

type DemoUser = keyof typeof DEMO_USERS;
type Body = Record<string, unknown>;

const MIO = 100_000_000; // one million kroner in øre

const COMMITMENTS: {
  slug: string;
  funder: 'helsefonden' | 'bikubenfonden' | 'realdania';
  amountOre: number;
}[] = [
  { slug: 'bryd-den-negative-sociale-arv', funder: 'helsefonden', amountOre: 40 * MIO },
  { slug: 'bryd-den-negative-sociale-arv', funder: 'bikubenfonden', amountOre: 15 * MIO },
  { slug: 'hjem-til-alle', funder: 'bikubenfonden', amountOre: 60 * MIO },
  { slug: 'det-aabne-land', funder: 'realdania', amountOre: 25 * MIO },
  { slug: 'rummelighed-for-alle', funder: 'realdania', amountOre: 10 * MIO },
  { slug: 'bygningsarven-i-landdistrikterne', funder: 'realdania', amountOre: 12 * MIO },
];

export async function loadDemoGrants(gateway: string, programmeIds: Map<string, string>): Promise<void> {
  async function api(
    user: DemoUser,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Body }> {
    const response = await fetch(`${gateway}/api/grants${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body };
  }
  async function expect(
    status: number,
    request: Promise<{ status: number; body: Body }>,
    what: string,
  ): Promise<Body> {
    const response = await request;
    if (response.status !== status)
      throw new Error(
        `grants demo: ${what} failed with ${response.status}: ${JSON.stringify(response.body)}`,
      );
    return response.body;
  }

  let committed = 0;
  for (const slug of new Set(COMMITMENTS.map((c) => c.slug))) {
    const programmeId = programmeIds.get(slug);
    if (!programmeId) throw new Error(`grants demo: no programme ${slug}`);
    const lines = COMMITMENTS.filter((c) => c.slug === slug);
    // Grants learns programmes and their funders from partners' events; wait until it knows them all.
    const overview = await waitFor(
      `grants to know ${slug} and its funders`,
      async () => {
        let body: Body | undefined;
        for (const line of lines) {
          const response = await api(line.funder, 'GET', `/programmes/${programmeId}/funding`);
          if (response.status !== 200) return undefined;
          body = response.body;
        }
        return body;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    if ((overview['funders'] as unknown[]).length > 0) continue;
    for (const line of lines) {
      await expect(
        201,
        api(line.funder, 'POST', `/programmes/${programmeId}/commitments`, {
          funderOrganisationId: DEMO_ORGANISATIONS[line.funder].id,
          amountOre: line.amountOre,
          periodStart: '2026-01-01',
          periodEnd: '2028-12-31',
        }),
        `commitment of ${line.funder} to ${slug}`,
      );
      committed += 1;
    }
    if (slug === 'bryd-den-negative-sociale-arv') await loadCall(programmeId);
  }
  console.log(`demo data: ${committed} funding commitments made`);

  async function loadCall(programmeId: string): Promise<void> {
    const year = new Date().getUTCFullYear();
    const call = await expect(
      201,
      api('helsefonden', 'POST', `/programmes/${programmeId}/calls`, {
        funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
        title: 'Tidlig indsats i dagtilbud og skole',
        description:
          'Helsefonden og Bikubenfonden støtter kommuner og civilsamfund, der bryder den negative sociale arv tidligt.',
        budgetOre: 10 * MIO,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(`${year + 1}-03-31T12:00:00+02:00`).toISOString(),
        eligibleOrganisationTypes: ['municipality', 'ngo'],
        criteria: [
          { name: 'Forventet effekt for børn og unge', weight: 3 },
          { name: 'Forankring i kommunens drift', weight: 2 },
          { name: 'Samarbejde på tværs', weight: 1 },
        ],
      }),
      'the open call',
    );
    const callId = call['id'] as string;
    const criteria = call['criteria'] as { id: string }[];
    const apply = async (
      user: DemoUser,
      organisationId: string,
      title: string,
      amountOre: number,
      submit: boolean,
    ) => {
      const application = await expect(
        201,
        api(user, 'POST', `/calls/${callId}/applications`, {
          applicantOrganisationId: organisationId,
          title,
          description: `${title}: indsats, målgruppe og forventede resultater.`,
          requestedAmountOre: amountOre,
          budgetLines: [
            { category: 'Løn', amountOre: (amountOre * 3) / 4 },
            { category: 'Aktiviteter', amountOre: amountOre / 4 },
          ],
        }),
        `the application ${title}`,
      );
      const id = application['id'] as string;
      if (submit) await expect(200, api(user, 'POST', `/applications/${id}/submit`), `submitting ${title}`);
      return id;
    };
    const kobenhavn = await apply(
      'reporterKobenhavn',
      DEMO_ORGANISATIONS.kobenhavn.id,
      'Læselyst i Københavns dagtilbud',
      4 * MIO,
      true,
    );
    const aarhus = await apply(
      'reporterAarhus',
      DEMO_ORGANISATIONS.aarhus.id,
      'Skolestart for alle i Aarhus',
      3 * MIO,
      true,
    );
    await apply('member', DEMO_ORGANISATIONS.ngo.id, 'Lektiehjælp i boligområder', 1 * MIO, false);

    // Grants assigns only reviewers who have signed in to it (apps/grants reviews/known-users.ts);
    // every demo user of the realm does here, so each is assignable in the portal too.
    for (const user of Object.keys(DEMO_USERS) as DemoUser[])
      await api(user, 'GET', '/calls/00000000-0000-4000-8000-000000000000');
    for (const applicationId of [kobenhavn, aarhus])
      await expect(
        201,
        api('helsefonden', 'POST', `/applications/${applicationId}/reviewers`, {
          reviewerUsername: 'officer.bikubenfonden',
        }),
        'assigning a reviewer',
      );
    await expect(
      200,
      api('bikubenfonden', 'PUT', `/applications/${kobenhavn}/review`, {
        scores: criteria.map((criterion, index) => ({ criterionId: criterion.id, score: 9 - index })),
        comment: 'Stærk forankring og klar målgruppe.',
      }),
      'the review',
    );
    const award = await expect(
      201,
      api('helsefonden', 'POST', `/applications/${kobenhavn}/award`, {
        amountOre: 3 * MIO,
        title: 'Læselyst i Københavns dagtilbud',
        shares: [
          { funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: 2 * MIO },
          { funderOrganisationId: DEMO_ORGANISATIONS.bikubenfonden.id, amountOre: 1 * MIO },
        ],
        conditions: [
          { key: 'q2', indicatorCode: 'hjemloese-unge', period: `${year}-Q2` },
          { key: 'q4', indicatorCode: 'hjemloese-unge', period: `${year}-Q4` },
        ],
        tranches: [
          { amountOre: 1 * MIO, earliestDate: `${year}-01-01` },
          { amountOre: 1 * MIO, earliestDate: `${year}-07-01`, conditions: ['q2'] },
          { amountOre: 1 * MIO, earliestDate: `${year + 1}-01-01`, conditions: ['q4'] },
        ],
      }),
      'the award to København',
    );
    // A third of it is Bikubenfonden's money: its officer confirms the share, which makes the award.
    await expect(
      200,
      api(
        'bikubenfonden',
        'POST',
        `/awards/${award['id'] as string}/shares/${DEMO_ORGANISATIONS.bikubenfonden.id}/confirm`,
      ),
      "Bikubenfonden's confirmation of its share",
    );
    console.log(
      'demo data: one open call, three applications, one co-funded award (confirmed) with conditional tranches',
    );
  }
}
