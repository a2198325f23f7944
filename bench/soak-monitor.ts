/**
 * What the soak samples of every Samvirke process every few seconds: resident memory (from
 * /proc/<pid>/status) and the event loop's delay (p99, from the process's own Prometheus metrics).
 * The processes are those `npm start` runs, found through their pid files in .run/services/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Process {
  readonly name: string;
  readonly pid: number;
  readonly metricsUrl: string;
}

export interface ProcessSample {
  readonly rssMiB: number;
  readonly eventLoopP99Ms: number;
}

const PORTS: Readonly<Record<string, number>> = {
  partners: 3001,
  measurement: 3002,
  grants: 3003,
  notifications: 3004,
  feed: 3005,
};

export function platformProcesses(root: string): Process[] {
  const names = [...Object.keys(PORTS), 'gateway'];
  return names.map((name) => {
    const pid = Number(readFileSync(join(root, '.run', 'services', `${name}.pid`), 'utf8').trim());
    const port = name === 'gateway' ? Number(process.env['METRICS_PORT'] ?? 9464) : PORTS[name];
    return { name, pid, metricsUrl: `http://127.0.0.1:${port}/metrics` };
  });
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kib / 1024;
}

async function eventLoopP99Ms(url: string): Promise<number> {
  const text = await (await fetch(url, { signal: AbortSignal.timeout(5_000) })).text();
  const seconds = Number(/^nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
  return seconds * 1_000;
}

export async function sample(processes: readonly Process[]): Promise<Record<string, ProcessSample>> {
  const entries = await Promise.all(
    processes.map(async (process): Promise<[string, ProcessSample]> => [
      process.name,
      { rssMiB: rssMiB(process.pid), eventLoopP99Ms: await eventLoopP99Ms(process.metricsUrl) },
    ]),
  );
  return Object.fromEntries(entries);
}
