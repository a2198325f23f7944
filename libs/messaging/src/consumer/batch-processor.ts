import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';
import { inSavepoint, recordDeadLettered, recordOneHandled } from '../inbox/inbox.js';
import { logicalTopic, type MessagingConfig } from '../messaging-config.js';
import { consumerMessages } from '../metrics.js';
import type { DeadLetterPublisher } from './dead-letter.js';
import { applyPrepared, prepareBatch } from './fast-path.js';
import { HandlerFailed, invokeRoute, type Route } from './handler-invocation.js';
import { checkMessage, type CheckedMessage } from './message-check.js';
import { batchPattern } from './on-event.decorator.js';

export { HandlerFailed, type Route } from './handler-invocation.js';

export interface BatchResult {
  /** The offset of the last message done with (applied, repeated, skipped or dead-lettered). */
  readonly lastDone: string | undefined;
  /** The events whose effects the batch's transaction committed. */
  readonly handled: CloudEvent[];
}

export interface BatchProcessorOptions {
  /** The consumer's name, which keys its inbox rows. */
  readonly consumer: string;
  readonly config: MessagingConfig;
  readonly dataSource: DataSource;
  /** Nest's handler for a message pattern, if any. */
  readonly lookup: (pattern: string) => MessageHandler | null;
  readonly deadLetters: DeadLetterPublisher;
}

interface Place {
  readonly manager: EntityManager;
  readonly topic: string;
  readonly partition: number;
  readonly message: KafkaMessage;
  readonly heartbeat: () => Promise<void>;
}

/**
 * Applies one Kafka batch exactly once: in one database transaction that records its events in the
 * inbox together with the handlers' changes. A batch with a failing handler or a bad message is redone
 * message by message, each in a savepoint; a handler that keeps failing is retried with backoff, then
 * its message is dead-lettered and the stream moves on. Committing offsets is the caller's part.
 */
export class BatchProcessor {
  private readonly logger = new Logger('KafkaEventServer');
  private readonly routes = new Map<string, Route | null>();

  constructor(private readonly options: BatchProcessorOptions) {}

  async process(payload: EachBatchPayload): Promise<BatchResult> {
    return (await this.fastPath(payload)) ?? (await this.carefulPath(payload));
  }

  /** The handler of an event type, looked up once per type (Nest's lookup parses the pattern). */
  route(type: string): Route | null {
    let route = this.routes.get(type);
    if (route === undefined) {
      const batch = this.options.lookup(batchPattern(type));
      const single = batch ? null : this.options.lookup(type);
      route = batch ? { handler: batch, batch: true } : single ? { handler: single, batch: false } : null;
      this.routes.set(type, route);
    }
    return route;
  }

  /** What a message that came on a (physical) topic is, for this consumer's handlers. */
  check(message: KafkaMessage, topic: string): CheckedMessage {
    return checkMessage(message, logicalTopic(this.options.config, topic), (type) => this.route(type));
  }

  /** The whole batch in one transaction without savepoints; undefined sends it down the careful path. */
  private async fastPath({ batch }: EachBatchPayload): Promise<BatchResult | undefined> {
    const prepared = prepareBatch(batch, (message) => this.check(message, batch.topic));
    if (!prepared) return undefined;
    try {
      const { consumer } = this.options;
      const outcome = await this.options.dataSource.transaction((manager) =>
        applyPrepared(manager, consumer, batch, prepared),
      );
      const counts = {
        handled: outcome.applied.length,
        duplicate: outcome.duplicate,
        skipped: outcome.skipped,
      };
      for (const [name, count] of Object.entries(counts)) {
        if (count > 0) consumerMessages.inc({ consumer, outcome: name }, count);
      }
      return { lastDone: batch.messages[batch.messages.length - 1]?.offset, handled: outcome.applied };
    } catch (error) {
      if (error instanceof HandlerFailed) return undefined;
      throw error;
    }
  }

  /** Message by message, each in a savepoint, with retries and dead letters. */
  private async carefulPath(payload: EachBatchPayload): Promise<BatchResult> {
    const { batch } = payload;
    const heartbeat = (): Promise<void> => payload.heartbeat();
    let lastDone: string | undefined;
    const handled: CloudEvent[] = [];
    await this.options.dataSource.transaction(async (manager) => {
      for (const message of batch.messages) {
        if (!payload.isRunning() || payload.isStale()) break;
        const place = { manager, topic: batch.topic, partition: batch.partition, message, heartbeat };
        const event = await this.handleMessage(place);
        if (event) handled.push(event);
        lastDone = message.offset;
        await heartbeat();
      }
    });
    return { lastDone, handled };
  }

  /** Returns the event when a handler applied it, undefined when it was skipped or dead-lettered. */
  private async handleMessage(place: Place): Promise<CloudEvent | undefined> {
    const checked = this.check(place.message, place.topic);
    switch (checked.kind) {
      case 'bad':
        await this.deadLetter(place, checked.reason, checked.detail);
        return undefined;
      case 'unrouted':
        consumerMessages.inc({ consumer: this.options.consumer, outcome: 'skipped' });
        return undefined;
      case 'event':
        return this.applyWithRetries(place, checked.event, checked.data, checked.route);
    }
  }

  private async applyWithRetries(
    place: Place,
    event: CloudEvent,
    data: unknown,
    route: Route,
  ): Promise<CloudEvent | undefined> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const fresh = await inSavepoint(place.manager, () =>
          this.applyOnce(place, event, data, route, attempt),
        );
        consumerMessages.inc({ consumer: this.options.consumer, outcome: fresh ? 'handled' : 'duplicate' });
        return fresh ? event : undefined;
      } catch (error) {
        if (!(error instanceof HandlerFailed)) throw error;
        const failure = { msg: 'event handler failed', type: event.type, eventId: event.id, attempt };
        this.logger.warn({ ...failure, error: error.message });
        if (attempt >= this.options.config.consumerMaxAttempts) {
          await this.deadLetter(place, 'handler-failed', error.message, attempt);
          await recordDeadLettered(place.manager, this.options.consumer, event);
          return undefined;
        }
        await place.heartbeat();
        await sleep(this.backoff(attempt));
      }
    }
  }

  /** Records the event in the inbox and applies it; false when it was a repeat. */
  private async applyOnce(place: Place, event: CloudEvent, data: unknown, route: Route, attempt: number) {
    if (!(await recordOneHandled(place.manager, this.options.consumer, event))) return false;
    const delivery = {
      topic: place.topic,
      partition: place.partition,
      offset: place.message.offset,
      attempt,
    };
    await invokeRoute(route, data, event, place.manager, delivery);
    return true;
  }

  private deadLetter(
    place: Place,
    reason: Parameters<DeadLetterPublisher['send']>[4],
    detail: string,
    attempt?: number,
  ) {
    const { manager, topic, partition, message } = place;
    return this.options.deadLetters.send(manager, topic, partition, message, reason, detail, attempt);
  }

  private backoff(attempt: number): number {
    const { consumerRetryInitialMs, consumerRetryMaxMs } = this.options.config;
    const base = Math.min(consumerRetryInitialMs * 2 ** (attempt - 1), consumerRetryMaxMs);
    return base / 2 + Math.random() * (base / 2);
  }
}
