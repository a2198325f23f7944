/**
 * Gateway benchmark: an authenticated GET through the gateway beside the same request sent
 * straight to the service, in the same run. The load comes from a separate process (this file
 * run with `--load`, see http-load.ts), so the measuring does not share the gateway's event loop.
 * Two measures each: the most requests per second a fixed number of connections get (closed
 * loop), and the latency at a fixed offered rate below that (open loop, timed from when each
 * request was due, so a stall is not hidden).
 *
 * BENCH_GATEWAY_BASELINE=<checkout> adds a second gateway, run from another built checkout (e.g. a
 * `git worktree` of main after `npm ci && npm run build`), in front of the same service: both
 * gateways are measured in alternating turns in every round, and once more both at the same time
 * (each offered BENCH_RATE), and the table compares this build's gateway with that one (per round
 * and as medians) instead of with the direct call.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { generateLoad, type LoadPlan, type LoadResult } from './http-load.js';
import { type Figure, percentile, report } from './bench-report.js';
import { backendCpuMeter, cpuSeconds } from './process-cpu.js';

if (process.argv.includes('--load')) {
  const plan = JSON.parse(process.env['LOAD_PLAN'] ?? '{}') as LoadPlan;
  process.stdout.write(`${JSON.stringify(await generateLoad(plan))}\n`);
  process.exit(0);
}

const {
  DEMO_ORGANISATIONS,
  DEMO_USERS,
  dropSchema,
  migrateService,
  spawnCompiled,
  startService,
  uniqueSuiteId,
  userToken,
} = await import('@samvirke/testing');

const seconds = Number(process.env['BENCH_SECONDS'] ?? 5);
const roundCount = Number(process.env['BENCH_ROUNDS'] ?? 3);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const rate = Number(process.env['BENCH_RATE'] ?? 500);

async function load(url: string, token: string, plan: Partial<LoadPlan>): Promise<LoadResult> {
  const full: LoadPlan = { url, token, seconds, connections, rate: 0, ...plan };
  const { child, output } = spawnCompiled(
    'dist/bench/gateway.bench.js',
    ['--load'],
    { LOAD_PLAN: JSON.stringify(full) },
    'bench-load',
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = output()
    .split('\n')
    .find((text) => text.startsWith('{"requests"'));
  if (code !== 0 || !line) throw new Error(`the load generator failed (${code}):\n${output()}`);
  const result = JSON.parse(line) as LoadResult;
  if (result.errors > 0)
    throw new Error(`${result.errors} requests to ${url} failed: ${JSON.stringify(result.failures)}`);
  return result;
}

/** A run with the CPU time each server process spent per answered request, in µs. */
type Measured = LoadResult & { cpuMicros: number[]; postgresCpuMicros: number };

async function measured(
  url: string,
  token: string,
  plan: Partial<LoadPlan>,
  pids: readonly (number | undefined)[],
): Promise<Measured> {
  const before = pids.map(cpuSeconds);
  // Only the backends serving the benchmark's schema: other work on the server is not counted.
  const postgres = await backendCpuMeter(suite);
  const result = await load(url, token, plan);
  const cpuMicros = pids.map(
    (pid, index) => ((cpuSeconds(pid) - (before[index] ?? 0)) * 1e6) / result.requests,
  );
  return { ...result, cpuMicros, postgresCpuMicros: ((await postgres()) * 1e6) / result.requests };
}

const loadAtStart = loadavg()[0]?.toFixed(1);
const baselineRoot = process.env['BENCH_GATEWAY_BASELINE'];
const suite = uniqueSuiteId('gwbench');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, LOG_LEVEL: 'warn' };
await migrateService('partners', env);
const partners = await startService('partners', 'PARTNERS_PORT', env);
const gatewayEnv = { ...env, PARTNERS_URL: partners.url };
const gateway = await startService('gateway', 'GATEWAY_PORT', gatewayEnv);
const before = baselineRoot
  ? await startService('gateway', 'GATEWAY_PORT', gatewayEnv, resolve(baselineRoot))
  : undefined;

type Path = 'direct' | 'gateway' | 'before';

/** The medians of one path's rounds: throughput, latency and each process's CPU per request. */
function medians(runs: readonly Measured[], cpuIndex: number) {
  const median = (pick: (run: Measured) => number): number =>
    percentile(
      runs.map(pick).sort((a, b) => a - b),
      50,
    );
  return {
    perSecond: median((run) => run.perSecond),
    p50: median((run) => run.p50),
    p99: median((run) => run.p99),
    gatewayCpu: median((run) => run.cpuMicros[cpuIndex] ?? Number.NaN),
    partnersCpu: median((run) => run.cpuMicros[1] ?? Number.NaN),
    generatorCpu: median((run) => run.generatorCpuMicros),
    postgresCpu: median((run) => run.postgresCpuMicros),
  };
}

let freshToken = { token: '', at: 0 };

/**
 * A token for the next run: a new one every 30 s. A token lives 5 minutes, but a shared Keycloak
 * may revoke older ones meanwhile (a test elsewhere pushing a not-before); the first use of each
 * new token is verified, one request in thousands.
 */
async function fresh(): Promise<string> {
  if (Date.now() - freshToken.at > 30_000)
    freshToken = { token: await userToken(DEMO_USERS.admin.username), at: Date.now() };
  return freshToken.token;
}

/** This build's gateway and the baseline's under load at the same moment, each CPU per request. */
interface Together {
  readonly cpuMicros: readonly [number, number];
  readonly loadAverage: number;
}

/**
 * Both gateways at once, each offered `rate`: whatever else the machine is doing then falls on
 * both alike, the closest pairing a shared machine allows.
 */
async function atOnce(
  url: string,
  baselineUrl: string,
  token: string,
  pids: readonly (number | undefined)[],
): Promise<Together> {
  const cpuBefore = [cpuSeconds(pids[0]), cpuSeconds(pids[2])];
  const [mine, theirs] = await Promise.all([load(url, token, { rate }), load(baselineUrl, token, { rate })]);
  const micros = (pid: number | undefined, index: number, requests: number): number =>
    ((cpuSeconds(pid) - (cpuBefore[index] ?? 0)) * 1e6) / requests;
  return {
    cpuMicros: [micros(pids[0], 0, mine.requests), micros(pids[2], 1, theirs.requests)],
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}

/** Each round's pair, so that the medians can be checked against what they summarise. */
function printRounds(atMax: Record<Path, Measured[]>, together: readonly Together[]): void {
  console.log('\ngateway CPU µs per request, this build vs the baseline build, round by round:');
  console.table(
    atMax.gateway.map((run, index) => ({
      baseline: Math.round(atMax.before[index]?.cpuMicros[2] ?? Number.NaN),
      'this build': Math.round(run.cpuMicros[0] ?? Number.NaN),
      'baseline req/s': Math.round(atMax.before[index]?.perSecond ?? Number.NaN),
      'this build req/s': Math.round(run.perSecond),
      [`baseline, at once ${rate}/s`]: Math.round(together[index]?.cpuMicros[1] ?? Number.NaN),
      [`this build, at once ${rate}/s`]: Math.round(together[index]?.cpuMicros[0] ?? Number.NaN),
      'load average': together[index]?.loadAverage.toFixed(1),
    })),
  );
}

try {
  const token = await userToken(DEMO_USERS.admin.username);
  const organisation = DEMO_ORGANISATIONS.kobenhavn;
  const created = await fetch(`${gateway.url}/api/partners/organisations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: organisation.id,
      name: organisation.name,
      type: 'municipality',
      kommunekode: '101',
    }),
  });
  if (created.status !== 201) throw new Error(`seeding failed: ${created.status} ${await created.text()}`);
  const path = `/organisations/${organisation.id}`;
  const urls: Record<Path, string | undefined> = {
    direct: `${partners.url}${path}`,
    gateway: `${gateway.url}/api/partners${path}`,
    before: before && `${before.url}/api/partners${path}`,
  };
  const paths = (Object.keys(urls) as Path[]).filter((name) => urls[name] !== undefined);

  // Warm up every path (JIT, connection pools, token caches), then measure them in turns, so that
  // a busy moment on the machine falls on all alike; each figure is the median of its rounds. The
  // two gateways swap places every round, so that neither always follows the direct call.
  for (const name of paths) await load(urls[name] ?? '', token, { seconds: 2 });
  const pids = [gateway.process.pid, partners.process.pid, before?.process.pid];
  const atMax: Record<Path, Measured[]> = { direct: [], gateway: [], before: [] };
  const atRate: Record<Path, Measured[]> = { direct: [], gateway: [], before: [] };
  const together: Together[] = [];
  for (let round = 0; round < roundCount; round += 1) {
    const order = round % 2 === 0 ? paths : [paths[0], ...paths.slice(1).reverse()];
    for (const name of order) atMax[name].push(await measured(urls[name] ?? '', await fresh(), {}, pids));
    for (const name of order)
      atRate[name].push(await measured(urls[name] ?? '', await fresh(), { rate }, pids));
    if (urls.before) together.push(await atOnce(urls.gateway ?? '', urls.before, await fresh(), pids));
  }
  const direct = medians(atMax.direct, 1);
  const through = medians(atMax.gateway, 0);
  const directAtRate = medians(atRate.direct, 1);
  const throughAtRate = medians(atRate.gateway, 0);
  const old = before ? medians(atMax.before, 2) : undefined;
  const oldAtRate = before ? medians(atRate.before, 2) : undefined;
  if (old) printRounds(atMax, together);
  const sorted = (values: number[]): number =>
    percentile(
      values.sort((a, b) => a - b),
      50,
    );
  const togetherFigures: Figure[] = old
    ? [
        {
          name: `gateway CPU per request, both gateways at once at ${rate} req/s each`,
          unit: 'µs',
          value: sorted(together.map((run) => run.cpuMicros[0])),
          baseline: sorted(together.map((run) => run.cpuMicros[1])),
        },
      ]
    : [];
  // Against the baseline gateway when there is one, else against the direct call.
  const reference = old ?? direct;
  const referenceAtRate = oldAtRate ?? directAtRate;
  const versus = old
    ? `this build's gateway vs the baseline build's (${baselineRoot})`
    : 'through the gateway vs straight to partners';
  report(
    'gateway',
    `authenticated GET ${'/api/partners' + path.replace(organisation.id, '{id}')}, ${versus}; ${connections} connections, then ${rate} req/s offered, ${seconds} s each, median of ${roundCount} rounds; load average ${loadAtStart} at the start, ${loadavg()[0]?.toFixed(1)} at the end (other work on the machine slows every path)`,
    [
      {
        name: 'throughput (closed loop)',
        unit: 'req/s',
        value: through.perSecond,
        baseline: reference.perSecond,
        target: old ? undefined : '>= 2000',
      },
      {
        name: 'gateway CPU per request',
        unit: 'µs',
        value: through.gatewayCpu,
        ...(old ? { baseline: old.gatewayCpu } : {}),
      },
      ...togetherFigures,
      {
        name: 'partners CPU per request',
        unit: 'µs',
        value: through.partnersCpu,
        baseline: reference.partnersCpu,
      },
      {
        name: 'PostgreSQL CPU per request',
        unit: 'µs',
        value: through.postgresCpu,
        baseline: reference.postgresCpu,
      },
      {
        name: 'load generator CPU per request',
        unit: 'µs',
        value: through.generatorCpu,
        baseline: reference.generatorCpu,
      },
      { name: 'p50 at full load', unit: 'ms', value: through.p50, baseline: reference.p50 },
      { name: 'p99 at full load', unit: 'ms', value: through.p99, baseline: reference.p99 },
      { name: `p50 at ${rate} req/s`, unit: 'ms', value: throughAtRate.p50, baseline: referenceAtRate.p50 },
      { name: `p99 at ${rate} req/s`, unit: 'ms', value: throughAtRate.p99, baseline: referenceAtRate.p99 },
      {
        name: `added p99 at ${rate} req/s (vs direct)`,
        unit: '%',
        value: (100 * (throughAtRate.p99 - directAtRate.p99)) / directAtRate.p99,
        target: '<= 30',
      },
    ],
  );
} finally {
  await Promise.all([gateway.stop(), partners.stop(), before?.stop()]);
  await dropSchema(suite, ['samvirke_partners']);
}
process.exit(0);
