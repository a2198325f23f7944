/**
 * CPU time of the processes a benchmark drives, read from /proc (Linux), so that a table can say
 * where the machine's two cores went: per request or per event, process by process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pgClient } from '@samvirke/testing';

/** CPU seconds (user + system) a process has used so far; NaN when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Pids of the processes whose command line matches, read afresh (PostgreSQL forks backends). */
function pidsMatching(pattern: RegExp): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return pattern.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Every PostgreSQL process: the server (…/bin/postgres) and its children ("postgres: …"). */
export const POSTGRES = /^(\S*\/)?postgres\b/;
/** The Kafka broker the infrastructure started. */
export const KAFKA_BROKER = /\bkafka\.Kafka\b/;

/**
 * Starts counting the CPU of the processes matching `pattern`; the returned function gives the
 * CPU seconds they have used since, including processes that started in between.
 */
export function cpuMeter(pattern: RegExp): () => number {
  const before = new Map(pidsMatching(pattern).map((pid) => [pid, cpuSeconds(pid)]));
  return () => {
    let spent = 0;
    for (const pid of pidsMatching(pattern)) {
      const used = cpuSeconds(pid) - (before.get(pid) ?? 0);
      if (Number.isFinite(used)) spent += used;
    }
    return spent;
  };
}

/** Pids of the PostgreSQL backends serving connections to `schema` (application_name `<database>/<schema>`). */
async function backendsOf(schema: string): Promise<number[]> {
  const client = pgClient('postgres');
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name LIKE '%/' || $1`,
      [schema],
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/**
 * Starts counting the CPU of the PostgreSQL backends that serve one schema's connections (every
 * service names its connections `<database>/<schema>`, libs/persistence), so that other work on
 * the server is not counted; the returned function gives the CPU seconds they have used since,
 * backends opened in between included (one closed in between is missed).
 */
export async function backendCpuMeter(schema: string): Promise<() => Promise<number>> {
  const before = new Map((await backendsOf(schema)).map((pid) => [pid, cpuSeconds(pid)]));
  return async () => {
    let spent = 0;
    for (const pid of new Set([...before.keys(), ...(await backendsOf(schema))])) {
      const used = cpuSeconds(pid) - (before.get(pid) ?? 0);
      if (Number.isFinite(used)) spent += used;
    }
    return spent;
  };
}
