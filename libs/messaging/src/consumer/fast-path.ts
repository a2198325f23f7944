import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';
import { recordHandled } from '../inbox/inbox.js';
import { invokeHandler, type Delivery, type Route } from './handler-invocation.js';
import type { CheckedMessage } from './message-check.js';

interface Prepared {
  readonly offset: string;
  readonly event: CloudEvent;
  readonly data: unknown;
  readonly route: Route | null;
}

/** What a fast-path batch did, by outcome. */
export interface FastOutcome {
  readonly applied: CloudEvent[];
  readonly duplicate: number;
  readonly skipped: number;
}

/**
 * The common case of a batch: every message is a valid event. Returns undefined when the batch
 * holds anything else (an undecodable message, an unknown type, data against the contract).
 */
export function prepareBatch(
  batch: EachBatchPayload['batch'],
  check: (message: KafkaMessage) => CheckedMessage,
): Prepared[] | undefined {
  const prepared: Prepared[] = [];
  for (const message of batch.messages) {
    const checked = check(message);
    if (checked.kind === 'bad') return undefined;
    const route = checked.kind === 'event' ? checked.route : null;
    const data = checked.kind === 'event' ? checked.data : undefined;
    prepared.push({ offset: message.offset, event: checked.event, data, route });
  }
  return prepared;
}

/**
 * Applies a prepared batch in the caller's transaction without savepoints: one statement records
 * the whole batch in the inbox, repeats are left out, and consecutive fresh events of a type with
 * a batch handler go to it in one call, in order. A failing handler throws HandlerFailed.
 */
export async function applyPrepared(
  manager: EntityManager,
  consumer: string,
  batch: EachBatchPayload['batch'],
  prepared: readonly Prepared[],
): Promise<FastOutcome> {
  const wanted = prepared.filter((entry) => entry.route);
  const fresh = await recordHandled(
    manager,
    consumer,
    wanted.map((entry) => entry.event),
  );
  const run = new HandlerRun(manager, batch);
  for (const entry of wanted) {
    if (!entry.route || !fresh.delete(entry.event.id)) continue;
    if (entry.route.batch) {
      if (run.type !== undefined && run.type !== entry.event.type) await run.flush();
      run.add(entry);
      continue;
    }
    await run.flush();
    await invokeHandler(entry.route.handler, entry.data, entry.event, manager, run.delivery(entry));
    run.applied.push(entry.event);
  }
  await run.flush();
  const { applied } = run;
  return { applied, duplicate: wanted.length - applied.length, skipped: prepared.length - wanted.length };
}

/** Consecutive fresh events of one type with a batch handler, waiting to go to it in one call. */
class HandlerRun {
  readonly applied: CloudEvent[] = [];
  private entries: Prepared[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly batch: EachBatchPayload['batch'],
  ) {}

  get type(): string | undefined {
    return this.entries[0]?.event.type;
  }

  add(entry: Prepared): void {
    this.entries.push(entry);
  }

  delivery(entry: Prepared): Delivery {
    return { topic: this.batch.topic, partition: this.batch.partition, offset: entry.offset, attempt: 1 };
  }

  async flush(): Promise<void> {
    const [first] = this.entries;
    if (!first?.route) return;
    const events = this.entries.map((entry) => entry.event);
    const items = this.entries.map((entry) => ({ data: entry.data, event: entry.event }));
    await invokeHandler(first.route.handler, items, first.event, this.manager, this.delivery(first), events);
    this.applied.push(...events);
    this.entries = [];
  }
}
