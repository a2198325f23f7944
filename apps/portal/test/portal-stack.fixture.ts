import {
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  migrateService,
  spawnCompiled,
  startService,
  uniqueSuiteId,
  userToken,
  waitFor,
  youngPeopleInEducation,
  type RunningService,
} from '@samvirke/testing';
import { type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn } from './portal-browser.js';

/**
 * The whole stack for the portal's browser tests: the four services and the gateway as
 * processes from dist/ in this suite's own schema and topic prefix, and the built portal served by
 * `vite preview` on 127.0.0.1:5174 or 5175 (redirect URIs of the realm's portal client), forwarding /api
 * to this suite's gateway.
 */
/**
 * Jest runs two suites at once (npm test's --maxWorkers=2): each worker serves the portal on its own
 * port, 5174 for the first and 5175 for the second (the realm's portal client accepts both, and
 * 5176-5178 for runs that set PORTAL_TEST_PORT themselves).
 */
export const PORTAL_TEST_PORT = Number(
  process.env['PORTAL_TEST_PORT'] ?? 5173 + Number(process.env['JEST_WORKER_ID'] ?? 1),
);

export interface PortalStack {
  readonly portalUrl: string;
  readonly gateway: RunningService;
  stop(): Promise<void>;
}

const SERVICES = ['partners', 'measurement', 'grants', 'notifications'] as const;

export async function startPortalStack(label: string): Promise<PortalStack> {
  const suite = uniqueSuiteId(label);
  const portalUrl = `http://127.0.0.1:${PORTAL_TEST_PORT}`;
  const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, OUTBOX_POLL_INTERVAL_MS: '300' };
  await Promise.all(SERVICES.map((name) => migrateService(name, env)));
  const services = await Promise.all(
    SERVICES.map((name) => startService(name, `${name.toUpperCase()}_PORT`, env)),
  );
  const urls = Object.fromEntries(
    services.map((service) => [`${service.name.toUpperCase()}_URL`, service.url]),
  );
  const gateway = await startService('gateway', 'GATEWAY_PORT', {
    ...env,
    ...urls,
    PORTAL_ORIGIN: portalUrl,
  });
  services.push(gateway);
  const portal = servePortal(gateway.url);
  await waitFor(
    'the portal to answer',
    async () => {
      if (portal.child.exitCode !== null) throw new Error(`vite preview exited:\n${portal.output()}`);
      return (await fetch(`${portalUrl}/config.json`).catch(() => undefined))?.ok === true;
    },
    { timeoutMs: 30_000, intervalMs: 200 },
  );
  return {
    portalUrl,
    gateway,
    stop: async () => {
      await stopChild(portal.child);
      await Promise.all(services.map((service) => service.stop()));
      await dropSchema(
        suite,
        SERVICES.map((name) => `samvirke_${name}`),
      );
    },
  };
}

function servePortal(gatewayUrl: string): { child: ChildProcess; output: () => string } {
  // vite's own entry point, run like the services so that a crashed suite's runner can find it.
  const { child, output } = spawnCompiled(
    'node_modules/vite/bin/vite.js',
    ['preview', '--config', 'apps/portal/vite.config.ts'],
    { GATEWAY_URL: gatewayUrl, PORTAL_PORT: String(PORTAL_TEST_PORT), LOG_LEVEL: 'error' },
    'portal',
  );
  return { child, output };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await done;
}

export interface DemoProgramme {
  readonly id: string;
  readonly periodId: string;
}

/** Calls the gateway as a demo user with a password-grant token, failing on any error status. */
export async function call<T>(
  gateway: RunningService,
  user: keyof typeof DEMO_USERS,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${gateway.url}/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * A programme as the demo has it: Helsefonden funds it, Bryd Arven Sekretariatet is its backbone,
 * Københavns Kommune provides data for two quarterly indicators (one a sensitive count of people),
 * and the period 2026-Q2 is open.
 */
export async function setUpProgramme(gateway: RunningService): Promise<DemoProgramme> {
  // The NGO is registered but not a member: it finds the programme's calls from outside.
  for (const key of ['helsefonden', 'backbone', 'kobenhavn', 'ngo'] as const) {
    const organisation = DEMO_ORGANISATIONS[key];
    await call(gateway, 'admin', 'POST', '/partners/organisations', {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...(key === 'kobenhavn' ? { kommunekode: '101' } : {}),
    });
  }
  const programme = await call<{ id: string; goals: { id: string }[] }>(
    gateway,
    'helsefonden',
    'POST',
    '/partners/programmes',
    {
      name: 'Bryd den negative sociale arv',
      slug: 'bryd-arven-portal',
      problemStatement: 'Børn af forældre uden uddannelse får sjældnere selv en uddannelse.',
      vision: 'Alle børn har lige muligheder for uddannelse og arbejde.',
      startDate: '2026-01-01',
      backboneOrganisationId: DEMO_ORGANISATIONS.backbone.id,
      themes: ['uddannelse', 'børn og unge'],
      goals: [{ title: 'Flere unge i uddannelse' }, { title: 'Færre anbringelser uden for hjemmet' }],
    },
  );
  await call(gateway, 'coordinator', 'POST', `/partners/programmes/${programme.id}/members`, {
    organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
    roles: ['data-provider', 'implementing-partner'],
  });
  await call(gateway, 'reporterKobenhavn', 'POST', `/partners/programmes/${programme.id}/activities`, {
    organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
    title: 'Lektiecaféer på biblioteker',
    goalIds: [programme.goals[0]?.id],
  });
  const indicators = [
    youngPeopleInEducation('unge-i-uddannelse'),
    {
      code: 'anbragte-boern',
      nameDa: 'Anbragte børn',
      nameEn: 'Children in care',
      unit: 'count',
      valueType: 'integer',
      aggregation: 'sum',
      polarity: 'lower-is-better',
      sensitive: true,
      min: 0,
    },
  ];
  for (const indicator of indicators)
    await call(gateway, 'coordinator', 'POST', '/measurement/indicators', indicator);
  // Measurement learns the programme and its members from partners' events.
  await waitFor('measurement to know the programme', async () => {
    try {
      await call(
        gateway,
        'coordinator',
        'PUT',
        `/measurement/programmes/${programme.id}/indicators/unge-i-uddannelse`,
        {
          frequency: 'quarterly',
          baseline: { period: '2026-Q1', value: 1_000 },
          targets: [{ period: '2026-Q2', value: 1_500 }],
        },
      );
      return true;
    } catch {
      return false;
    }
  });
  await call(
    gateway,
    'coordinator',
    'PUT',
    `/measurement/programmes/${programme.id}/indicators/anbragte-boern`,
    {
      frequency: 'quarterly',
      baseline: { period: '2026-Q1', value: 40 },
      targets: [{ period: '2026-Q2', value: 30 }],
    },
  );
  const period = await call<{ id: string }>(
    gateway,
    'coordinator',
    'POST',
    `/measurement/programmes/${programme.id}/periods`,
    {
      frequency: 'quarterly',
      period: '2026-Q2',
      dueDate: '2099-07-31',
    },
  );
  // The reporter must be known as a data provider before the portal can show the period.
  await waitFor('measurement to know København as a data provider', async () => {
    const response = await fetch(`${gateway.url}/api/measurement/programmes/${programme.id}/periods`, {
      headers: { authorization: `Bearer ${await userToken(DEMO_USERS.reporterKobenhavn.username)}` },
    });
    return response.ok;
  });
  return { id: programme.id, periodId: period.id };
}

/** Helsefonden commits funding to the programme and opens a grant call for municipalities and NGOs. */
export async function setUpGrantCall(gateway: RunningService, programmeId: string): Promise<{ id: string }> {
  await waitFor('grants to know Helsefonden as a funder', async () => {
    try {
      await call(gateway, 'helsefonden', 'POST', `/grants/programmes/${programmeId}/commitments`, {
        funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
        amountOre: 1_000_000_000,
        periodStart: '2026-01-01',
        periodEnd: '2028-12-31',
      });
      return true;
    } catch {
      return false;
    }
  });
  return call<{ id: string }>(gateway, 'helsefonden', 'POST', `/grants/programmes/${programmeId}/calls`, {
    funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
    title: 'Lektiehjælp i udsatte boligområder 2026',
    description: 'Tilskud til kommuner, der vil styrke lektiehjælp for børn i udsatte boligområder.',
    budgetOre: 500_000_000,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    eligibleOrganisationTypes: ['municipality', 'ngo'],
    criteria: [
      { name: 'Effekt', weight: 2 },
      { name: 'Forankring', weight: 1 },
    ],
  });
}

export interface BrowserSuite {
  readonly stack: PortalStack;
  readonly browser: Browser;
  /** A page logged in as the demo user on Keycloak's login page; closed when the suite ends. */
  userPage(username: string): Promise<Page>;
}

/**
 * A browser suite's stack (prepared by `prepare` before the browser starts), its browser and the
 * pages it logs users in on, started before its tests and stopped after them.
 */
export function browserSuite(
  label: string,
  prepare: (stack: PortalStack) => Promise<void> = () => Promise.resolve(),
  timeoutMs = 180_000,
): BrowserSuite {
  const pages: Page[] = [];
  let stack: PortalStack | undefined;
  let browser: Browser | undefined;
  const suite: BrowserSuite = {
    get stack() {
      if (!stack) throw new Error('the suite has not started');
      return stack;
    },
    get browser() {
      if (!browser) throw new Error('the suite has not started');
      return browser;
    },
    async userPage(username) {
      const page = await logIn(suite.browser, suite.stack.portalUrl, username);
      pages.push(page);
      return page;
    },
  };
  beforeAll(async () => {
    stack = await startPortalStack(label);
    await prepare(stack);
    browser = await launchBrowser();
  }, timeoutMs);
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
    await browser?.close();
    await stack?.stop();
  });
  return suite;
}

/**
 * The platform admin registers the organisations a programme starts from (Helsefonden, the
 * backbone, København with its kommunekode), and no programme yet: for suites that begin from nothing.
 */
export async function registerOrganisations(gateway: RunningService): Promise<void> {
  for (const key of ['helsefonden', 'backbone', 'kobenhavn'] as const) {
    const organisation = DEMO_ORGANISATIONS[key];
    await call(gateway, 'admin', 'POST', '/partners/organisations', {
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      ...(key === 'kobenhavn' ? { kommunekode: '101' } : {}),
    });
  }
}
