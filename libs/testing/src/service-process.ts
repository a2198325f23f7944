import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { serviceKafkaEnv } from './kafka-credentials.js';
import { waitFor } from './wait-for.js';
import { repoRoot } from './repo-root.js';

const ROOT = repoRoot();

export interface RunningService {
  readonly name: string;
  readonly url: string;
  /** Where its Prometheus metrics are: the gateway's own metrics port, a service's own port. */
  readonly metricsUrl: string;
  readonly process: ChildProcess;
  readonly output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a compiled script of this repository as a child process, collecting its output.
 * `root` is another built checkout to run it from instead (a benchmark's baseline build).
 */
export function spawnCompiled(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  title: string,
  root: string = ROOT,
): { child: ChildProcess; output: () => string } {
  // The title lets the test runner find and end any process a crashed suite left behind.
  // Checkouts from before the workspace packages resolve @samvirke/* with an import hook.
  const hook = existsSync(join(root, 'tools/runtime/register.mjs'))
    ? ['--import', './tools/runtime/register.mjs']
    : [];
  // The V8 flags services run with in `npm start` and the image (tools/platform/_services.sh).
  // SAMVIRKE_TEST_NODE_FLAGS adds flags (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a benchmark's services).
  const flags = [
    '--max-semi-space-size=4',
    ...(process.env['SAMVIRKE_TEST_NODE_FLAGS']?.split(' ').filter(Boolean) ?? []),
  ];
  const child = spawn(
    process.execPath,
    [`--title=samvirke-test:${title}`, ...flags, ...hook, script, ...args],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: process.env['SERVICE_LOG_LEVEL'] ?? 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => output };
}

function run(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  root: string = ROOT,
): { child: ChildProcess; output: () => string } {
  return spawnCompiled(serviceMain(name, root), args, env, name, root);
}

/** A service's compiled entry: apps/<name>/dist/main.js, elsewhere in checkouts from before. */
function serviceMain(name: string, root: string): string {
  const entry = `apps/${name}/dist/main.js`;
  return existsSync(join(root, entry)) ? entry : `dist/apps/${name}/src/main.js`;
}

/** Runs `main.js migrate` of a compiled service (npm test builds dist/ first). */
export async function migrateService(name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const { child, output } = run(name, ['migrate'], env);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${name} migrate exited ${code}:\n${output()}`);
}

/** Where startService runs a service from, and how long it waits for it to become ready. */
export interface StartOptions {
  /** Another built checkout to run the service from (see spawnCompiled). */
  readonly root?: string;
  /** 60 s unless given: a suite that starts many processes at once on a busy machine needs longer. */
  readonly readyTimeoutMs?: number;
}

/**
 * Starts a compiled service as its own process, as the run command does, and waits until its
 * readiness endpoint answers 200 (its database up; a service with a consumer connects to Kafka
 * before it listens). `options`: a checkout root (see spawnCompiled), or StartOptions.
 */
export async function startService(
  name: string,
  portVariable: string,
  env: NodeJS.ProcessEnv,
  options: string | StartOptions = ROOT,
): Promise<RunningService> {
  const { root = ROOT, readyTimeoutMs = 60_000 } = typeof options === 'string' ? { root: options } : options;
  const port = await freePort();
  const metricsPort = await freePort();
  const serviceEnv = await serviceKafkaEnv(name, env);
  const { child, output } = run(
    name,
    [],
    { METRICS_PORT: String(metricsPort), ...serviceEnv, [portVariable]: String(port) },
    root,
  );
  const url = `http://127.0.0.1:${port}`;
  const metricsUrl = name === 'gateway' ? `http://127.0.0.1:${metricsPort}/metrics` : `${url}/metrics`;
  const exited = exitFlag(child);
  await waitUntilReady(name, url, child, () => exited.value && output(), readyTimeoutMs, output);
  return { name, url, metricsUrl, process: child, output, stop: stopper(child, exited) };
}

function exitFlag(child: ChildProcess): { value: boolean } {
  const flag = { value: false };
  child.on('exit', () => {
    flag.value = true;
  });
  return flag;
}

/**
 * Polls /health/ready; `exitedWith` returns the output once the process has exited, else false.
 * A service that never becomes ready is killed, its last readiness answer and output in the error.
 */
async function waitUntilReady(
  name: string,
  url: string,
  child: ChildProcess,
  exitedWith: () => string | false,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  let last = 'no answer';
  const check = async (): Promise<boolean> => {
    const exitOutput = exitedWith();
    if (exitOutput !== false) throw new Error(`${name} exited:\n${exitOutput}`);
    const response = await fetch(`${url}/health/ready`);
    last = `${response.status} ${await response.text()}`;
    return response.ok;
  };
  await waitFor(`${name} to become ready`, check, { timeoutMs, intervalMs: 200 }).catch((error: unknown) => {
    child.kill('SIGKILL');
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}; last readiness answer: ${last}; its output:\n${output().slice(-4_000)}`);
  });
}

function stopper(child: ChildProcess, exited: { value: boolean }): RunningService['stop'] {
  return async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (exited.value) return;
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await done;
    clearTimeout(timer);
  };
}

/** Runs a compiled service's `main.js audit-verify`: its exit code and the verdict it printed. */
export async function auditVerify(
  name: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; verdict: Record<string, unknown> }> {
  const { child, output } = run(name, ['audit-verify'], env);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = output()
    .split('\n')
    .find((text) => text.startsWith('{"service"'));
  return { code, verdict: line ? (JSON.parse(line) as Record<string, unknown>) : {} };
}
