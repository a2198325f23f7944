/**
 * A lean HTTP/1.1 load generator for the benchmarks. On a 2-core machine the load generator shares
 * the CPU with what it measures, so it should cost as little as it can: each connection is a
 * kept-alive socket that writes the same request bytes, built once, and reads the answer framed by
 * its Content-Length (no header objects, no streams). One request in flight per connection.
 *
 * Closed loop: every connection sends its next request as soon as the last is answered. Open loop:
 * requests fall due at a fixed rate and wait for a free connection; latency is timed from when a
 * request was due, so a stall shows instead of being hidden.
 */
import { connect, type Socket } from 'node:net';
import { percentile } from './bench-report.js';

export interface LoadPlan {
  readonly url: string;
  readonly token: string;
  readonly seconds: number;
  /** Connections kept open; in the closed loop each has one request in flight at all times. */
  readonly connections: number;
  /** Open loop: requests per second, each due at its own time. 0 means closed loop. */
  readonly rate: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly failures: Readonly<Record<string, number>>;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU time the load generator itself spent per answered request, in µs. */
  readonly generatorCpuMicros: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length: *(\d+)/i;

export async function generateLoad(plan: LoadPlan): Promise<LoadResult> {
  const target = new URL(plan.url);
  const port = Number(target.port || 80);
  const requestBytes = Buffer.from(
    `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n` +
      `Authorization: Bearer ${plan.token}\r\nAccept: application/json\r\n\r\n`,
    'latin1',
  );
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let errors = 0;
  const fail = (reason: string): void => {
    errors += 1;
    failures.set(reason, (failures.get(reason) ?? 0) + 1);
  };

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + plan.seconds * 1_000;
  /** Due times of open-loop requests no connection has taken yet. */
  const waiting: number[] = [];
  const idle: Connection[] = [];
  let finished = false;

  class Connection {
    private socket!: Socket;
    private buffered: Buffer = Buffer.alloc(0);
    private due = 0;
    private busy = false;

    open(): Promise<void> {
      return new Promise((resolve, reject) => {
        this.socket = connect({ host: target.hostname, port, noDelay: true }, () => resolve());
        this.socket.once('error', reject);
        this.socket.on('error', (error: NodeJS.ErrnoException) => {
          if (!finished) fail(error.code ?? 'socket error');
        });
        this.socket.on('data', (chunk: Buffer) => this.received(chunk));
        this.socket.on('close', () => {
          if (finished) return;
          if (this.busy) fail('connection closed');
          this.busy = false;
          void this.open().then(
            () => this.ready(),
            () => fail('reconnect failed'),
          );
        });
      });
    }

    send(due: number): void {
      this.due = due;
      this.busy = true;
      this.buffered = Buffer.alloc(0);
      this.socket.write(requestBytes);
    }

    /** Takes the next request: in the closed loop at once, in the open loop when one is due. */
    ready(): void {
      if (finished) return;
      if (plan.rate === 0) {
        const now = performance.now();
        if (now < deadline) this.send(now);
        return;
      }
      const due = waiting.shift();
      if (due === undefined) idle.push(this);
      else this.send(due);
    }

    close(): void {
      this.socket.destroy();
    }

    private received(chunk: Buffer): void {
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
      const headerEnd = this.buffered.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = this.buffered.toString('latin1', 0, headerEnd);
      const length = CONTENT_LENGTH.exec(head)?.[1];
      if (length === undefined) {
        // Every answer measured here has a length; anything else is reported, not guessed at.
        fail('no content-length');
        this.socket.destroy();
        return;
      }
      if (this.buffered.length < headerEnd + 4 + Number(length)) return;
      const status = head.slice(9, 12);
      if (status === '200') latencies.push(performance.now() - this.due);
      else fail(status);
      this.busy = false;
      this.ready();
    }
  }

  const connections = Array.from({ length: plan.connections }, () => new Connection());
  await Promise.all(connections.map((connection) => connection.open()));
  for (const connection of connections) connection.ready();

  if (plan.rate > 0) {
    const interval = 1_000 / plan.rate;
    for (let due = started; due < deadline; due += interval) {
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const connection = idle.pop();
      if (connection) connection.send(due);
      else waiting.push(due);
    }
  } else {
    await new Promise((resolve) => setTimeout(resolve, deadline - performance.now()));
  }
  // Let the answers still in flight arrive (at most a few seconds), then stop.
  const drainUntil = performance.now() + 5_000;
  while ((waiting.length > 0 || idle.length < plan.connections) && performance.now() < drainUntil) {
    if (plan.rate === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const elapsed = (performance.now() - started) / 1_000;
  finished = true;
  for (const connection of connections) connection.close();
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    failures: Object.fromEntries(failures),
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    generatorCpuMicros: (cpu.user + cpu.system) / Math.max(1, latencies.length),
  };
}
