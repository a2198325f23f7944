/**
 * The soak (`npm run soak`): a long mixed workload through the gateway of the platform `npm start`
 * runs, with real Keycloak tokens — many users reading, municipal reporters sending CSV reports
 * that the backbone approves, a foundation committing funding, an integration receiving webhooks
 * and another reading the event feed — at a steady rate. Every SOAK_SAMPLE_SECONDS it samples
 * throughput, p99 latency per operation, and each process's resident memory and event-loop delay.
 * At the end it checks by event id that every approval reached the feed and the webhook exactly
 * once, and writes bench/results/soak.json and soak.svg.
 *
 * SOAK_MINUTES (10), SOAK_READERS (6 concurrent readers), SOAK_READ_INTERVAL_MS (100 per reader),
 * SOAK_CYCLE_MS (a report cycle per reporter every 2 s), SOAK_SAMPLE_SECONDS (10).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_ORGANISATIONS, DEMO_USERS, userToken } from '@samvirke/testing';
import { DemoApi, type DemoUser } from '../tools/platform/demo-api.js';
import { type Figure, percentile, report } from './bench-report.js';
import { platformProcesses, sample, type ProcessSample } from './soak-monitor.js';
import { plot, type Series } from './soak-plot.js';
import { soakProgramme, SOAK_REPORTERS, type SoakProgramme } from './soak-setup.js';
import { EventWitnesses } from './soak-witnesses.js';

const minutes = Number(process.env['SOAK_MINUTES'] ?? 10);
const readers = Number(process.env['SOAK_READERS'] ?? 6);
const readIntervalMs = Number(process.env['SOAK_READ_INTERVAL_MS'] ?? 100);
const cycleMs = Number(process.env['SOAK_CYCLE_MS'] ?? 2_000);
const sampleSeconds = Number(process.env['SOAK_SAMPLE_SECONDS'] ?? 10);
const gateway = (process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const root = resolve(import.meta.dirname, '..', '..');

interface Outcome {
  readonly op: string;
  readonly at: number;
  readonly ms: number;
  readonly ok: boolean;
}

const outcomes: Outcome[] = [];
const failures = new Map<string, number>();
/** When the load starts (after the set-up). */
let started = performance.now();
let running = true;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** One timed request as a demo user; anything but `expected` counts as an error. */
async function timed(
  op: string,
  user: DemoUser,
  method: string,
  path: string,
  body?: string | object,
  expected: readonly number[] = [200, 201, 204],
): Promise<Response | undefined> {
  const at = performance.now();
  const csv = typeof body === 'string';
  try {
    const response = await fetch(`${gateway}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json',
      },
      ...(body === undefined ? {} : { body: csv ? body : JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const ok = expected.includes(response.status);
    outcomes.push({ op, at, ms: performance.now() - at, ok });
    if (!ok) {
      const reason = `${op} ${response.status} ${(await response.text()).slice(0, 200)}`;
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
      return undefined;
    }
    return response;
  } catch (error) {
    outcomes.push({ op, at, ms: performance.now() - at, ok: false });
    const reason = `${op} ${error instanceof Error ? error.message : String(error)}`;
    failures.set(reason, (failures.get(reason) ?? 0) + 1);
    return undefined;
  }
}

function readPlan(soak: SoakProgramme): [string, DemoUser, string][] {
  const programme = `/measurement/programmes/${soak.programmeId}`;
  return [
    ['read programmes', 'admin', '/partners/programmes'],
    ['read progress', 'helsefonden', `${programme}/progress?period=${soak.period}`],
    ['read submissions', 'coordinator', `${programme}/submissions`],
    ['read inbox', 'reporterKobenhavn', '/notifications/inbox'],
    ['read programme', 'helsefonden', `/partners/programmes/${soak.programmeId}`],
    ['read funding', 'helsefonden', `/grants/programmes/${soak.programmeId}/funding`],
  ];
}

async function reader(plan: [string, DemoUser, string][], offset: number): Promise<void> {
  for (let turn = offset; running; turn += 1) {
    const [op, user, path] = plan[turn % plan.length];
    const response = await timed(op, user, 'GET', path);
    await response?.arrayBuffer();
    await sleep(readIntervalMs);
  }
}

/** A reporter's cycle: a CSV report for the open quarter, submitted, approved by the backbone. */
async function reporter(soak: SoakProgramme, index: number, approvals: { count: number }): Promise<void> {
  const { user, organisationId } = SOAK_REPORTERS[index];
  const period = `/measurement/programmes/${soak.programmeId}/periods/${soak.periodId}`;
  const path = `${period}/submissions/${organisationId}`;
  const template = await new DemoApi(gateway).must<string>(user, 'GET', `${period}/template.csv`);
  const lines = template.trim().split(/\r?\n/);
  for (let value = 1; running; value += 1) {
    const csv = [lines[0], ...lines.slice(1).map((line) => line.replace(/;;;$/, `;;${value};`))].join('\n');
    const cycle = performance.now();
    if (
      (await timed('csv report', user, 'PUT', `${path}/csv`, `${csv}\n`)) &&
      (await timed('submit', user, 'POST', `${path}/submit`)) &&
      (await timed('approve', 'coordinator', 'POST', `${path}/approve`))
    )
      approvals.count += 1;
    await sleep(Math.max(0, cycleMs - (performance.now() - cycle)));
  }
}

/** The foundation commits a little more funding now and then. */
async function funder(soak: SoakProgramme): Promise<void> {
  while (running) {
    await timed(
      'commit funding',
      'helsefonden',
      'POST',
      `/grants/programmes/${soak.programmeId}/commitments`,
      {
        funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id,
        amountOre: 100_000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      },
    );
    await sleep(cycleMs * 2);
  }
}

interface Window {
  readonly at: number;
  readonly perSecond: number;
  readonly p99: number;
  readonly processes: Record<string, ProcessSample>;
}

async function main(): Promise<void> {
  const api = new DemoApi(gateway);
  const soak = await soakProgramme(api);
  // Grants learns the programme from partners' events before its first commitment.
  await api.eventually(
    'grants to know the soak programme',
    'helsefonden',
    'GET',
    `/grants/programmes/${soak.programmeId}/funding`,
  );
  const processes = platformProcesses(root);
  const atStart = await sample(processes);
  const witnesses = await EventWitnesses.start(gateway, soak.programmeId);
  const approvals = { count: 0 };
  const plan = readPlan(soak);
  started = performance.now();
  const work = [
    ...Array.from({ length: readers }, (_, index) => reader(plan, index)),
    ...SOAK_REPORTERS.map((_, index) => reporter(soak, index, approvals)),
    funder(soak),
  ];
  console.log(`soak: ${minutes} min through ${gateway}, programme ${soak.programmeId} (${soak.period})`);
  const windows: Window[] = [];
  const end = started + minutes * 60_000;
  let from = outcomes.length;
  while (performance.now() < end) {
    await sleep(Math.min(sampleSeconds * 1_000, end - performance.now()));
    const slice = outcomes.slice(from);
    from = outcomes.length;
    const latencies = slice.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const window: Window = {
      at: (performance.now() - started) / 1_000,
      perSecond: slice.length / sampleSeconds,
      p99: percentile(latencies, 99),
      processes: await sample(processes),
    };
    windows.push(window);
    const rss = Object.entries(window.processes)
      .map(([name, figures]) => `${name} ${Math.round(figures.rssMiB)}`)
      .join(', ');
    console.log(
      `  ${Math.round(window.at)} s: ${window.perSecond.toFixed(1)} req/s, p99 ${window.p99.toFixed(1)} ms; RSS MiB ${rss}`,
    );
  }
  running = false;
  await Promise.all(work);
  const seen = await witnesses.settle(approvals.count);
  const atEnd = await sample(processes);
  await witnesses.stop();
  summarise(windows, atStart, atEnd, approvals.count, seen);
}

function summarise(
  windows: readonly Window[],
  atStart: Record<string, ProcessSample>,
  atEnd: Record<string, ProcessSample>,
  approvals: number,
  seen: Awaited<ReturnType<EventWitnesses['settle']>>,
): void {
  const ops = [...new Set(outcomes.map((outcome) => outcome.op))];
  const errors = outcomes.filter((outcome) => !outcome.ok).length;
  const figures: Figure[] = [
    { name: 'requests (all operations)', unit: 'requests', value: outcomes.length },
    { name: 'errors', unit: 'requests', value: errors, target: '<= 0' },
    { name: 'approvals made', unit: 'events', value: approvals },
    {
      name: 'lost on the feed (approvals without a progress event)',
      unit: 'events',
      value: approvals - seen.feed.unique,
      target: '<= 0',
    },
    { name: 'duplicated on the feed', unit: 'events', value: seen.feed.duplicates, target: '<= 0' },
    {
      name: 'lost on the webhook (on the feed, not delivered)',
      unit: 'events',
      value: seen.missingOnWebhook,
      target: '<= 0',
    },
    { name: 'duplicated on the webhook', unit: 'events', value: seen.webhook.duplicates, target: '<= 0' },
  ];
  for (const op of ops) {
    const latencies = outcomes
      .filter((outcome) => outcome.op === op)
      .map((outcome) => outcome.ms)
      .sort((a, b) => a - b);
    figures.push({ name: `${op}: p99`, unit: 'ms', value: percentile(latencies, 99) });
  }
  const lastFive = windows.filter((window) => window.at >= (windows.at(-1)?.at ?? 0) - 300);
  for (const name of Object.keys(atStart)) {
    const first = lastFive.slice(0, 3).map((window) => window.processes[name].rssMiB);
    const last = lastFive.slice(-3).map((window) => window.processes[name].rssMiB);
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
    figures.push(
      { name: `${name}: RSS after start`, unit: 'MiB', value: atStart[name].rssMiB, target: '<= 150' },
      { name: `${name}: RSS after the soak`, unit: 'MiB', value: atEnd[name].rssMiB, target: '<= 150' },
      {
        name: `${name}: RSS growth over the last 5 min`,
        unit: '%',
        value: ((mean(last) - mean(first)) / mean(first)) * 100,
        target: '<= 5',
      },
      {
        name: `${name}: event-loop delay p99, worst sample`,
        unit: 'ms',
        value: Math.max(...windows.map((window) => window.processes[name].eventLoopP99Ms)),
      },
    );
  }
  if (failures.size) console.log('failures:', Object.fromEntries(failures));
  report(
    'soak',
    `${minutes} min mixed workload through the gateway (real tokens), sampled every ${sampleSeconds} s`,
    figures,
  );
  const series = (pick: (window: Window) => number, name: string): Series => ({
    name,
    points: windows.map((window) => [window.at, pick(window)] as const),
  });
  const svg = plot(`Samvirke soak: ${minutes} min, ${new Date().toISOString().slice(0, 16)}Z`, [
    {
      title: 'Throughput',
      unit: 'requests/s',
      series: [series((window) => window.perSecond, 'all operations')],
    },
    { title: 'Latency p99', unit: 'ms', series: [series((window) => window.p99, 'all operations')] },
    {
      title: 'Resident memory',
      unit: 'MiB',
      series: Object.keys(atStart).map((name) => series((window) => window.processes[name].rssMiB, name)),
    },
  ]);
  writeFileSync(resolve(root, 'bench', 'results', 'soak.svg'), svg);
  console.log('written to bench/results/soak.svg');
  if (errors > 0 || approvals !== seen.feed.unique || seen.missingOnWebhook > 0) process.exitCode = 1;
}

await main();
