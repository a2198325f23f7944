import type { FoundationBoardDto, InboxItemDto, Page } from '@samvirke/contracts';
import {
  DEMO_ORGANISATIONS,
  spawnCompiled,
  startServiceStack,
  waitFor,
  type ServiceStack,
} from '@samvirke/testing';
import { demoCalendar } from './demo-calendar.js';
import { DemoApi } from './demo-api.js';
import { DEMO_FOUNDATION_CVRS, listOrganisations } from './demo-organisations.js';
import { demoState, type DemoState } from './demo-state.js';

/**
 * The demo loader (`npm start` runs it) against the real stack — the services as processes in this
 * suite's own schema and topic prefix, behind a gateway, with real Keycloak tokens — run twice: the
 * first run fills an almost empty platform (København registered under its old name, as an older
 * loader left it), the second finds everything there and leaves the same state.
 */
let stack: ServiceStack | undefined;
let api: DemoApi;

beforeAll(async () => {
  // No event feed in this stack: the loader says so and goes on (FEED_URL: nothing listens on port 9).
  stack = await startServiceStack('demo_loader', ['partners', 'measurement', 'grants', 'notifications'], {
    FEED_URL: 'http://127.0.0.1:9',
  });
  api = new DemoApi(stack.gateway.url);
}, 180_000);

afterAll(() => stack?.stop(), 60_000);

/** Runs dist/tools/platform/load-demo-data.js as `npm start` does; returns its output and time. */
async function runLoader(): Promise<{ output: string; seconds: number }> {
  const started = Date.now();
  const { child, output } = spawnCompiled(
    'dist/tools/platform/load-demo-data.js',
    [],
    { GATEWAY_URL: api.gateway, KEYCLOAK_URL: process.env['KEYCLOAK_URL'] },
    'demo-loader',
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`the demo loader exited ${code}:\n${output()}`);
  return { output: output(), seconds: (Date.now() - started) / 1000 };
}

/** Every programme has indicators, closed periods with approved reports, and the open quarter due next week. */
function expectMeasurement(state: DemoState): void {
  const { openQuarter, openDueDate } = demoCalendar();
  for (const programme of Object.values(state.programmes)) {
    expect(programme.indicators.length).toBeGreaterThanOrEqual(3);
    expect(programme.periods).toContain(`quarterly ${openQuarter} open ${openDueDate}`);
    const ended = programme.periods.filter((period) => / (closed|locked) /.test(period));
    expect(ended.length).toBeGreaterThanOrEqual(4);
    expect(programme.reports.filter((report) => report.endsWith('approved')).length).toBeGreaterThanOrEqual(
      4,
    );
  }
  const bryd = state.programmes['bryd-den-negative-sociale-arv'];
  // The demo's one locked period: Bryd Arven's oldest quarter, locked by its backbone.
  const locked = Object.values(state.programmes).flatMap((programme) =>
    programme.periods.filter((period) => period.includes(' locked ')),
  );
  expect(locked).toEqual([bryd?.periods.find((period) => period.startsWith('quarterly '))]);
  expect(bryd?.reports).toEqual(
    expect.arrayContaining([
      `${openQuarter} ${DEMO_ORGANISATIONS.kobenhavn.id} v1 returned`,
      `${openQuarter} ${DEMO_ORGANISATIONS.aarhus.id} v1 submitted`,
      `2025-Q4 ${DEMO_ORGANISATIONS.kobenhavn.id} v2 approved`,
    ]),
  );
  expect(state.timeliness['bryd-den-negative-sociale-arv 2025-Q2']).toEqual({ approved: 3, onTime: 2 });
  expect(state.smallCounts).toEqual(['hjem-til-alle 2025-Q3 udskrevet-uden-bolig <5']);
  expect(bryd?.classes).toContain('alderssvarende-sprog performance better-off');
  expect(state.programmes['hjem-til-alle']?.classes).toContain('hjemloese-unge population -');
  expect(bryd?.learning).toHaveLength(2);
}

/** Applications in every state, and the award's tranches released by an indicator the programme tracks. */
function expectGrants(state: DemoState): void {
  expect([...state.applications].sort()).toEqual(
    [
      'Læselyst i Københavns dagtilbud awarded',
      'Lektiehjælp i boligområder draft',
      'Skolestart for alle i Aarhus under-review',
      'Ungeboliger i almene afdelinger submitted',
      'Fra herberg til egen bolig i Østjylland awarded',
    ].sort(),
  );
  const award = state.awards.find((candidate) => candidate.title === 'Læselyst i Københavns dagtilbud');
  expect(award?.grantees).toEqual([]);
  // The joint award: its first tranche (900.000 kr.) paid to three grantees by their budgets.
  const joint = state.awards.find((candidate) => candidate.title.startsWith('Fra herberg'));
  expect(joint?.tranches).toEqual(['paid', 'pending']);
  expect(joint?.grantees).toEqual([
    `${DEMO_ORGANISATIONS.aarhus.id} 45000000 30000000`,
    `${DEMO_ORGANISATIONS.ngo.id} 30000000 20000000`,
    `${DEMO_ORGANISATIONS.kobenhavn.id} 15000000 10000000`,
  ]);
  expect(award?.tranches).toEqual(['paid', 'paid', 'pending']);
  expect(award?.conditions.length).toBe(2);
  // København's progress report before the last tranche, submitted once, for Helsefonden to decide.
  expect(award?.reports).toEqual(['progress 1 submitted']);
  for (const condition of award?.conditions ?? [])
    expect(state.programmes['bryd-den-negative-sociale-arv']?.indicators).toContain(condition.split(' ')[0]);
}

/** Waits until the user's inbox holds a notification of this event type. */
async function told(user: 'reporterKobenhavn' | 'coordinator', eventType: RegExp): Promise<void> {
  await waitFor(`${user} to be told of ${eventType.source}`, async () => {
    const inbox = await api.get<Page<InboxItemDto>>(user, '/notifications/inbox?limit=200');
    return inbox.items.some((item) => eventType.test(item.eventType));
  });
}

describe('the demo loader', () => {
  let first: DemoState;

  it('fills the platform with a living demo through the public API', async () => {
    await api.must('admin', 'POST', '/partners/organisations', {
      id: DEMO_ORGANISATIONS.kobenhavn.id,
      name: 'København Kommune',
      type: 'municipality',
      kommunekode: '101',
    });
    const run = await runLoader();
    console.log(`demo loader, first run: ${run.seconds.toFixed(1)} s\n${run.output}`);
    first = await demoState(api);
    expect(first.municipalities).toMatchObject({
      count: 98,
      '101': 'Københavns Kommune',
      '400': 'Bornholms Regionskommune',
    });
    // The municipalities whose people log in through the demo municipal IdP carry their CVR
    // (docs/identity.md), København's added to its older registration.
    const organisations = await listOrganisations(api);
    for (const { id, cvr } of [DEMO_ORGANISATIONS.kobenhavn, DEMO_ORGANISATIONS.aarhus])
      expect(organisations.find((organisation) => organisation.id === id)?.cvr).toBe(cvr);
    expectMeasurement(first);
    expectGrants(first);
    // The foundations carry CVR numbers for their ERP's payment events, and each one's board shows
    // its own calls: Helsefonden decides on Aarhus's application and has København's award to pay.
    for (const [id, cvr] of Object.entries(DEMO_FOUNDATION_CVRS))
      expect(organisations.find((organisation) => organisation.id === id)?.cvr).toBe(cvr);
    const board = await api.get<FoundationBoardDto>(
      'helsefonden',
      `/grants/foundations/${DEMO_ORGANISATIONS.helsefonden.id}/board`,
    );
    expect(board.calls.map((call) => call.title)).toEqual(['Tidlig indsats i dagtilbud og skole']);
    expect(board.decisionsDue.map((decision) => decision.applicantOrganisationId)).toEqual([
      DEMO_ORGANISATIONS.aarhus.id,
    ]);
    expect(board.awards.map((award) => award.granteeOrganisationId)).toEqual([
      DEMO_ORGANISATIONS.kobenhavn.id,
    ]);
    expect(board.totals.outstandingOre).toBeGreaterThan(0);
    // Notifications tell the reporter of the approvals and the return, the backbone of its queue.
    await told('reporterKobenhavn', /submission\.returned/);
    await told('reporterKobenhavn', /submission\.approved/);
    await told('coordinator', /submission\.submitted/);
  }, 300_000);

  it('leaves the same state when it runs again', async () => {
    const run = await runLoader();
    console.log(`demo loader, second run: ${run.seconds.toFixed(1)} s\n${run.output}`);
    expect(run.output).toMatch(/0 organisations registered, 0 renamed/);
    expect(await demoState(api)).toEqual(first);
  }, 300_000);
});
