import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { findEventDefinition, type CloudEvent } from '@samvirke/contracts';
import { runInContext } from '@samvirke/platform';
import { decodeMessage } from '../cloud-event-codec.js';
import { recordHandled } from '../inbox/inbox.js';
import type { MessagingConfig } from '../messaging-config.js';
import { consumerMessages } from '../metrics.js';
import type { DeadLetterPublisher } from './dead-letter.js';
import { EventContext } from './event-context.js';
import { batchPattern } from './on-event.decorator.js';

/** A handler threw; the message is its error's. */
export class HandlerFailed extends Error {}

/** How events of one type are handled: one at a time (@OnEvent) or several at once (@OnEvents). */
export interface Route {
  readonly handler: MessageHandler;
  readonly batch: boolean;
}

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

  /**
   * The common case, in one transaction without savepoints: every message is a valid event,
   * one statement records the whole batch in the inbox, and every handler succeeds. Returns
   * undefined when the batch holds anything else; the careful path then takes it message by message.
   */
  private async fastPath(payload: EachBatchPayload): Promise<BatchResult | undefined> {
    const { batch } = payload;
    const prepared: {
      message: KafkaMessage;
      event: CloudEvent;
      data: unknown;
      route: Route | null;
    }[] = [];
    for (const message of batch.messages) {
      const decoded = decodeMessage(message.headers, message.value);
      if (!decoded.ok) return undefined;
      const definition = findEventDefinition(decoded.event.type);
      if (!definition) return undefined;
      const route = this.route(decoded.event.type);
      const parsed = route
        ? definition.schema.safeParse(decoded.event.data)
        : { success: true as const, data: undefined };
      if (!parsed.success) return undefined;
      prepared.push({ message, event: decoded.event, data: parsed.data, route });
    }
    const wanted = prepared.filter((entry) => entry.route);
    const outcome = { handled: 0, duplicate: 0, skipped: prepared.length - wanted.length };
    try {
      const handled = await this.options.dataSource.transaction(async (manager) => {
        const fresh = await recordHandled(
          manager,
          this.options.consumer,
          wanted.map((entry) => entry.event),
        );
        const applied: CloudEvent[] = [];
        // Consecutive fresh events of a type with a batch handler go to it in one call, in order.
        let run: typeof wanted = [];
        const flush = async (): Promise<void> => {
          const [first] = run;
          if (!first?.route) return;
          const events = run.map((entry) => entry.event);
          const items = run.map((entry) => ({ data: entry.data, event: entry.event }));
          await this.invoke(
            first.route.handler,
            items,
            first.event,
            manager,
            batch,
            first.message,
            1,
            events,
          );
          applied.push(...events);
          run = [];
        };
        for (const entry of wanted) {
          if (!entry.route || !fresh.delete(entry.event.id)) {
            outcome.duplicate += 1;
            continue;
          }
          if (entry.route.batch) {
            if (run[0] && run[0].event.type !== entry.event.type) await flush();
            run.push(entry);
            continue;
          }
          await flush();
          await this.invoke(entry.route.handler, entry.data, entry.event, manager, batch, entry.message, 1);
          applied.push(entry.event);
        }
        await flush();
        return applied;
      });
      outcome.handled = handled.length;
      for (const [name, count] of Object.entries(outcome)) {
        if (count > 0) consumerMessages.inc({ consumer: this.options.consumer, outcome: name }, count);
      }
      return { lastDone: batch.messages[batch.messages.length - 1]?.offset, handled };
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
        const event = await this.handleMessage(manager, batch.topic, batch.partition, message, heartbeat);
        if (event) handled.push(event);
        lastDone = message.offset;
        await heartbeat();
      }
    });
    return { lastDone, handled };
  }

  async invoke(
    handler: MessageHandler,
    data: unknown,
    event: CloudEvent,
    manager: EntityManager,
    batch: { topic: string; partition: number },
    message: KafkaMessage,
    attempt: number,
    events?: CloudEvent[],
  ): Promise<void> {
    const context = new EventContext([
      event,
      manager,
      { topic: batch.topic, partition: batch.partition, offset: message.offset, attempt },
      ...(events ? [events] : []),
    ] as ConstructorParameters<typeof EventContext>[0]);
    await runInContext({ correlationId: event.correlationid, causationId: event.id }, async () => {
      try {
        const result: unknown = await handler(data, context);
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
        this.logger.debug({ msg: 'event handled', type: event.type, eventId: event.id });
      } catch (error) {
        throw new HandlerFailed(error instanceof Error ? error.message : String(error), { cause: error });
      }
    });
  }

  /** Returns the event when a handler applied it, undefined when it was skipped or dead-lettered. */
  private async handleMessage(
    manager: EntityManager,
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<CloudEvent | undefined> {
    const decoded = decodeMessage(message.headers, message.value);
    if (!decoded.ok) {
      await this.options.deadLetters.send(
        manager,
        topic,
        partition,
        message,
        decoded.type ? 'contract-violation' : 'undecodable',
        decoded.reason,
      );
      return undefined;
    }
    const { event } = decoded;
    const definition = findEventDefinition(event.type);
    if (!definition) {
      await this.options.deadLetters.send(
        manager,
        topic,
        partition,
        message,
        'unknown-type',
        `event type ${event.type} is not in the registry`,
      );
      return undefined;
    }
    const route = this.route(event.type);
    if (!route) {
      consumerMessages.inc({ consumer: this.options.consumer, outcome: 'skipped' });
      return undefined;
    }
    const parsed = definition.schema.safeParse(event.data);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      await this.options.deadLetters.send(manager, topic, partition, message, 'contract-violation', issues);
      return undefined;
    }
    const maxAttempts = this.options.config.consumerMaxAttempts;
    for (let attempt = 1; ; attempt += 1) {
      await manager.query('SAVEPOINT samvirke_event');
      try {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO inbox_message (consumer, event_id, event_type, outcome) VALUES ($1, $2, $3, 'handled')
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.options.consumer, event.id, event.type],
        );
        if (inserted.length === 0) {
          await manager.query('RELEASE SAVEPOINT samvirke_event');
          consumerMessages.inc({ consumer: this.options.consumer, outcome: 'duplicate' });
          return undefined;
        }
        const data: unknown = route.batch ? [{ data: parsed.data, event }] : parsed.data;
        await this.invoke(
          route.handler,
          data,
          event,
          manager,
          { topic, partition },
          message,
          attempt,
          route.batch ? [event] : undefined,
        );
        await manager.query('RELEASE SAVEPOINT samvirke_event');
        consumerMessages.inc({ consumer: this.options.consumer, outcome: 'handled' });
        return event;
      } catch (error) {
        // A failure to roll back means the connection itself is gone: abort the batch, Kafka redelivers.
        await manager.query('ROLLBACK TO SAVEPOINT samvirke_event');
        await manager.query('RELEASE SAVEPOINT samvirke_event');
        if (!(error instanceof HandlerFailed)) throw error;
        this.logger.warn({
          msg: 'event handler failed',
          type: event.type,
          eventId: event.id,
          attempt,
          error: error.message,
        });
        if (attempt >= maxAttempts) {
          await this.options.deadLetters.send(
            manager,
            topic,
            partition,
            message,
            'handler-failed',
            error.message,
            attempt,
          );
          await manager.query(
            `INSERT INTO inbox_message (consumer, event_id, event_type, outcome) VALUES ($1, $2, $3, 'dead-lettered')
             ON CONFLICT DO NOTHING`,
            [this.options.consumer, event.id, event.type],
          );
          return undefined;
        }
        await heartbeat();
        await sleep(this.backoff(attempt));
      }
    }
  }

  private backoff(attempt: number): number {
    const { consumerRetryInitialMs, consumerRetryMaxMs } = this.options.config;
    const base = Math.min(consumerRetryInitialMs * 2 ** (attempt - 1), consumerRetryMaxMs);
    return base / 2 + Math.random() * (base / 2);
  }
}
