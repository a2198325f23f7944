/**
 * Gateway benchmark: an authenticated GET through the gateway beside the same request sent
 * straight to the service, in the same run. The load comes from a separate process (this file
 * run with `--load`, see http-load.ts), so the measuring does not share the gateway's event loop. Two measures each: the most requests per second a fixed number of connections get
 * (closed loop), and the latency at a fixed offered rate below that (open loop, timed from when
 * each request was due, so a stall is not hidden).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { generateLoad, type LoadPlan, type LoadResult } from './http-load.js';
import { percentile, report } from './bench-report.js';
import { cpuMeter, cpuSeconds, POSTGRES } from './process-cpu.js';

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
  const postgres = cpuMeter(POSTGRES);
  const result = await load(url, token, plan);
  const cpuMicros = pids.map(
    (pid, index) => ((cpuSeconds(pid) - (before[index] ?? 0)) * 1e6) / result.requests,
  );
  return { ...result, cpuMicros, postgresCpuMicros: (postgres() * 1e6) / result.requests };
}

const loadAtStart = loadavg()[0]?.toFixed(1);
const suite = uniqueSuiteId('gwbench');
const env = { DATABASE_SCHEMA: suite, KAFKA_TOPIC_PREFIX: `${suite}.`, LOG_LEVEL: 'warn' };
await migrateService('partners', env);
const partners = await startService('partners', 'PARTNERS_PORT', env);
const gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, PARTNERS_URL: partners.url });
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
  const direct = `${partners.url}${path}`;
  const through = `${gateway.url}/api/partners${path}`;

  // Warm up both paths (JIT, connection pools, token caches), then measure them in turns, so that
  // a busy moment on the machine falls on both alike; each figure is the median of its rounds.
  await load(direct, token, { seconds: 2 });
  await load(through, token, { seconds: 2 });
  const pids = [gateway.process.pid, partners.process.pid];
  const rounds: Record<'directMax' | 'gatewayMax' | 'directAtRate' | 'gatewayAtRate', Measured[]> = {
    directMax: [],
    gatewayMax: [],
    directAtRate: [],
    gatewayAtRate: [],
  };
  for (let round = 0; round < roundCount; round += 1) {
    rounds.directMax.push(await measured(direct, token, {}, pids));
    rounds.gatewayMax.push(await measured(through, token, {}, pids));
    rounds.directAtRate.push(await measured(direct, token, { rate }, pids));
    rounds.gatewayAtRate.push(await measured(through, token, { rate }, pids));
  }
  const median = (runs: Measured[], pick: (run: Measured) => number): number =>
    percentile(
      runs.map(pick).sort((a, b) => a - b),
      50,
    );
  const directMax = {
    perSecond: median(rounds.directMax, (run) => run.perSecond),
    p50: median(rounds.directMax, (run) => run.p50),
    p99: median(rounds.directMax, (run) => run.p99),
    cpuMicros: [Number.NaN, median(rounds.directMax, (run) => run.cpuMicros[1] ?? Number.NaN)],
    generatorCpuMicros: median(rounds.directMax, (run) => run.generatorCpuMicros),
    postgresCpuMicros: median(rounds.directMax, (run) => run.postgresCpuMicros),
  };
  const gatewayMax = {
    perSecond: median(rounds.gatewayMax, (run) => run.perSecond),
    p50: median(rounds.gatewayMax, (run) => run.p50),
    p99: median(rounds.gatewayMax, (run) => run.p99),
    cpuMicros: [
      median(rounds.gatewayMax, (run) => run.cpuMicros[0] ?? Number.NaN),
      median(rounds.gatewayMax, (run) => run.cpuMicros[1] ?? Number.NaN),
    ],
    generatorCpuMicros: median(rounds.gatewayMax, (run) => run.generatorCpuMicros),
    postgresCpuMicros: median(rounds.gatewayMax, (run) => run.postgresCpuMicros),
  };
  const directAtRate = {
    p50: median(rounds.directAtRate, (run) => run.p50),
    p99: median(rounds.directAtRate, (run) => run.p99),
  };
  const gatewayAtRate = {
    p50: median(rounds.gatewayAtRate, (run) => run.p50),
    p99: median(rounds.gatewayAtRate, (run) => run.p99),
  };

  report(
    'gateway',
    `authenticated GET ${'/api/partners' + path.replace(organisation.id, '{id}')} through the gateway vs straight to partners; ${connections} connections, then ${rate} req/s offered, ${seconds} s each, median of ${roundCount} rounds; load average ${loadAtStart} at the start (other work on the machine slows both paths)`,
    [
      {
        name: 'throughput (closed loop)',
        unit: 'req/s',
        value: gatewayMax.perSecond,
        baseline: directMax.perSecond,
        target: '>= 2000',
      },
      {
        name: 'gateway CPU per request',
        unit: 'µs',
        value: gatewayMax.cpuMicros[0] ?? Number.NaN,
      },
      {
        name: 'partners CPU per request',
        unit: 'µs',
        value: gatewayMax.cpuMicros[1] ?? Number.NaN,
        baseline: directMax.cpuMicros[1] ?? Number.NaN,
      },
      {
        name: 'PostgreSQL CPU per request',
        unit: 'µs',
        value: gatewayMax.postgresCpuMicros,
        baseline: directMax.postgresCpuMicros,
      },
      {
        name: 'load generator CPU per request',
        unit: 'µs',
        value: gatewayMax.generatorCpuMicros,
        baseline: directMax.generatorCpuMicros,
      },
      { name: 'p50 at full load', unit: 'ms', value: gatewayMax.p50, baseline: directMax.p50 },
      { name: 'p99 at full load', unit: 'ms', value: gatewayMax.p99, baseline: directMax.p99 },
      { name: `p50 at ${rate} req/s`, unit: 'ms', value: gatewayAtRate.p50, baseline: directAtRate.p50 },
      { name: `p99 at ${rate} req/s`, unit: 'ms', value: gatewayAtRate.p99, baseline: directAtRate.p99 },
      {
        name: `added p99 at ${rate} req/s`,
        unit: '%',
        value: (100 * (gatewayAtRate.p99 - directAtRate.p99)) / directAtRate.p99,
        target: '<= 30',
      },
    ],
  );
} finally {
  await Promise.all([gateway.stop(), partners.stop()]);
  await dropSchema(suite, ['samvirke_partners']);
}
process.exit(0);
