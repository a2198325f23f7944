import type { PendingRow } from './outbox.store.js';

export interface DrainSteps {
  readonly pending: (after: bigint) => Promise<PendingRow[]>;
  readonly send: (rows: readonly PendingRow[]) => Promise<void>;
  readonly markPublished: (rows: readonly PendingRow[]) => Promise<void>;
  readonly running: () => boolean;
  readonly batchSize: number;
}

/**
 * Publishes until nothing is pending above `from`, as a pipeline: while one batch is on its way to
 * Kafka the next is read, and the previous one is marked published. Sends stay strictly one after
 * another, in position order. Returns the position of the last row sent (`from` when none).
 */
export async function drainPending(from: bigint, steps: DrainSteps): Promise<bigint> {
  let last = from;
  // Promises that run while a send is in flight are held settled, so that a failure is thrown
  // where it is awaited rather than reported as unhandled in the meantime.
  let marking = settle(Promise.resolve());
  let next = settle(steps.pending(from));
  try {
    while (steps.running()) {
      const rows = unwrap(await next);
      if (rows.length === 0) break;
      const full = rows.length === steps.batchSize;
      last = BigInt(rows[rows.length - 1].position);
      next = settle(full ? steps.pending(last) : Promise.resolve([]));
      await steps.send(rows);
      unwrap(await marking);
      marking = settle(steps.markPublished(rows));
    }
  } finally {
    unwrap(await marking);
  }
  return last;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(settled: Settled<T>): T {
  if (!settled.ok) throw settled.error;
  return settled.value;
}
