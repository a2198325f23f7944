import { type CustomTransportStrategy, type MessageHandler, Server } from '@nestjs/microservices';
import type { Admin, Consumer, EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import { isObservable, lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { deadLetterTopic, findEventDefinition, type CloudEvent } from '@samvirke/contracts';
import { runInContext } from '@samvirke/platform';
import { decodeMessage } from '../cloud-event-codec.js';
import { createKafka, ensureTopics, RELIABLE_PRODUCER } from '../kafka.js';
import { physicalTopic, type MessagingConfig } from '../messaging-config.js';
import { consumerDeadLetters, consumerEndToEnd, consumerLag, consumerMessages } from '../metrics.js';
import { recordHandled } from '../inbox/inbox.js';
import { deadLetterHeaders, type DeadLetterReason } from './dead-letter.js';
import { EventContext } from './event-context.js';
import { batchPattern } from './on-event.decorator.js';

export interface EventConsumerOptions {
  readonly config: MessagingConfig;
  /** Stable consumer name; the Kafka group id and the inbox key derive from it. */
  readonly consumer: string;
  /** Logical topics to subscribe to. */
  readonly topics: readonly string[];
  readonly dataSource: DataSource;
  readonly partitionsConsumedConcurrently?: number;
}

class HandlerFailed extends Error {}

/** How events of one type are handled: one at a time (@OnEvent) or several at once (@OnEvents). */
interface Route {
  readonly handler: MessageHandler;
  readonly batch: boolean;
}

interface BatchResult {
  readonly lastDone: string | undefined;
  readonly handled: CloudEvent[];
}

/**
 * Nest transport over kafkajs that gives @EventPattern handlers exactly-once effects:
 * each batch runs in one database transaction that records its events in the inbox together with
 * the handlers' changes; offsets are resolved (and so committed by kafkajs) only after that
 * transaction commits, so a redelivery finds the inbox rows and changes nothing. A batch with a
 * failing handler or a bad message is redone message by message, each in a savepoint. A handler that keeps failing is retried
 * with backoff, then its message goes to the consumer's dead-letter topic and the stream moves on.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  override readonly propagatesEventHandlerErrors = true;
  private readonly kafkaConsumer: Consumer;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly groupId: string;
  private readonly deadLetters: string;
  private readonly committedListeners: ((events: readonly CloudEvent[]) => void)[] = [];
  private readonly routes = new Map<string, Route | null>();
  private closing = false;

  constructor(private readonly options: EventConsumerOptions) {
    super();
    const kafka = createKafka(options.config, `consumer-${options.consumer}`);
    this.groupId = physicalTopic(options.config, `samvirke.${options.consumer}`);
    this.deadLetters = physicalTopic(options.config, deadLetterTopic(options.consumer));
    this.kafkaConsumer = kafka.consumer({
      groupId: this.groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      // The broker answers at once when data arrives; a short long-poll only makes shutdown quick.
      maxWaitTimeInMs: 500,
      allowAutoTopicCreation: false,
      retry: {
        initialRetryTime: 300,
        retries: 10,
        maxRetryTime: 10_000,
        // kafkajs schedules a restart after a crash even when the crash came while disconnecting
        // (a restart still connecting to a broker that is away): a closed consumer must stay closed.
        restartOnFailure: () => Promise.resolve(!this.closing),
      },
    });
    this.producer = kafka.producer(RELIABLE_PRODUCER);
    this.admin = kafka.admin();
  }

  get consumerName(): string {
    return this.options.consumer;
  }

  /** Called with the events whose effects a batch transaction has just committed. */
  onCommitted(listener: (events: readonly CloudEvent[]) => void): void {
    this.committedListeners.push(listener);
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.kafkaConsumer.disconnect().catch(() => undefined);
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }

  on(): void {
    // kafkajs instrumentation events are reachable through unwrap() when needed.
  }

  unwrap<T>(): T {
    return this.kafkaConsumer as T;
  }

  private async start(): Promise<void> {
    const topics = this.options.topics.map((topic) => physicalTopic(this.options.config, topic));
    await Promise.all([this.admin.connect(), this.producer.connect()]);
    await ensureTopics(this.admin, [...topics, this.deadLetters]);
    // kafkajs restarts a crashed consumer only after retriable errors; after a long broker outage
    // it can give up for good. The service must not sit there ready but deaf: start it again.
    this.kafkaConsumer.on(this.kafkaConsumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.closing) return;
      this.logger.warn?.(
        { msg: 'consumer crashed; starting it again', error: String(payload.error) },
        KafkaEventServer.name,
      );
      void this.restart(topics);
    });
    await this.run(topics);
  }

  private async restart(topics: string[]): Promise<void> {
    while (!this.closing) {
      try {
        await this.kafkaConsumer.disconnect().catch(() => undefined);
        await this.run(topics);
        return;
      } catch (error) {
        this.logger.warn?.(
          { msg: 'consumer restart failed; retrying', error: String(error) },
          KafkaEventServer.name,
        );
        await delay(2_000);
      }
    }
  }

  private async run(topics: string[]): Promise<void> {
    await this.kafkaConsumer.connect();
    await this.kafkaConsumer.subscribe({ topics, fromBeginning: true });
    await this.kafkaConsumer.run({
      autoCommit: true,
      autoCommitInterval: 250,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  /** The handler of an event type, looked up once per type (Nest's lookup parses the pattern). */
  private route(type: string): Route | null {
    let route = this.routes.get(type);
    if (route === undefined) {
      const batch = this.getHandlerByPattern(batchPattern(type));
      const single = batch ? null : this.getHandlerByPattern(type);
      route = batch ? { handler: batch, batch: true } : single ? { handler: single, batch: false } : null;
      this.routes.set(type, route);
    }
    return route;
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0) return;
    const result = (await this.fastPath(payload)) ?? (await this.carefulPath(payload));
    if (result.lastDone === undefined) return;
    // The effects are committed; only now may Kafka forget these messages. kafkajs commits
    // resolved offsets (and only those) on its auto-commit interval and when partitions move.
    payload.resolveOffset(result.lastDone);
    for (const listener of this.committedListeners) listener(result.handled);
    const now = Date.now();
    for (const event of result.handled) {
      consumerEndToEnd.observe({ consumer: this.options.consumer }, (now - Date.parse(event.time)) / 1_000);
    }
    consumerLag.set(
      { consumer: this.options.consumer, topic: batch.topic, partition: String(batch.partition) },
      Math.max(0, Number(BigInt(batch.highWatermark) - BigInt(result.lastDone) - 1n)),
    );
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

  private async invoke(
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
        this.logger.debug?.(
          { msg: 'event handled', type: event.type, eventId: event.id },
          KafkaEventServer.name,
        );
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
      await this.deadLetter(
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
      await this.deadLetter(
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
      await this.deadLetter(topic, partition, message, 'contract-violation', issues);
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
        this.logger.warn?.(
          { msg: 'event handler failed', type: event.type, eventId: event.id, attempt, error: error.message },
          KafkaEventServer.name,
        );
        if (attempt >= maxAttempts) {
          await this.deadLetter(topic, partition, message, 'handler-failed', error.message, attempt);
          await manager.query(
            `INSERT INTO inbox_message (consumer, event_id, event_type, outcome) VALUES ($1, $2, $3, 'dead-lettered')
             ON CONFLICT DO NOTHING`,
            [this.options.consumer, event.id, event.type],
          );
          return undefined;
        }
        await heartbeat();
        await delay(this.backoff(attempt));
      }
    }
  }

  private backoff(attempt: number): number {
    const { consumerRetryInitialMs, consumerRetryMaxMs } = this.options.config;
    const base = Math.min(consumerRetryInitialMs * 2 ** (attempt - 1), consumerRetryMaxMs);
    return base / 2 + Math.random() * (base / 2);
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: string,
    attempts = 0,
  ): Promise<void> {
    const headers = deadLetterHeaders(message, {
      reason,
      error,
      attempts,
      consumer: this.options.consumer,
      topic,
      partition,
    });
    await this.producer.send({
      topic: this.deadLetters,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    consumerDeadLetters.inc({ consumer: this.options.consumer, reason });
    consumerMessages.inc({ consumer: this.options.consumer, outcome: 'dead-lettered' });
    this.logger.warn?.(
      { msg: 'message dead-lettered', reason, error, topic, partition, offset: message.offset },
      KafkaEventServer.name,
    );
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
