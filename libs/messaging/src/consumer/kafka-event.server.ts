import { setTimeout as sleep } from 'node:timers/promises';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { Admin, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  consumerGroupId,
  deadLetterTopic,
  type CloudEvent,
  type DeadLetterReplay,
} from '@samvirke/contracts';
import { createKafka, ensureTopics } from '../kafka.js';
import { physicalTopic, type MessagingConfig } from '../messaging-config.js';
import { consumerEndToEnd, consumerLag } from '../metrics.js';
import { RenewableProducer } from '../renewable-producer.js';
import { BatchProcessor } from './batch-processor.js';
import { DeadLetterPublisher } from './dead-letter.js';
import { consumerSettings } from './consumer-settings.js';
import { FetchWatchdog } from './fetch-watchdog.js';
import { PartitionProgressMonitor } from './partition-progress.js';
import { DeadLetterReplayer } from './dead-letter-replayer.js';
import { countUnreplayed } from './dead-letter-store.js';

/** How often the gauge of unreplayed dead letters is counted besides after each change. */
const UNREPLAYED_COUNT_EVERY_MS = 30_000;
/**
 * A consumer that neither fetched nor handled a batch for this long is replaced (FetchWatchdog),
 * as is one with an assigned partition behind whose committed offset did not move (PartitionProgress).
 */
const CONSUMER_STALL_MS = 60_000;

export interface EventConsumerOptions {
  readonly config: MessagingConfig;
  /** Stable consumer name; the Kafka group id and the inbox key derive from it. */
  readonly consumer: string;
  /** Logical topics to subscribe to. */
  readonly topics: readonly string[];
  readonly dataSource: DataSource;
  readonly partitionsConsumedConcurrently?: number;
}

/**
 * Nest transport over kafkajs that gives @EventPattern handlers exactly-once effects. Each batch is
 * applied by a BatchProcessor, in one database transaction that records its events in the inbox
 * together with the handlers' changes; offsets are resolved (and so committed by kafkajs) only after
 * that transaction commits, so a redelivery finds the inbox rows and changes nothing. This class
 * owns the Kafka side: subscribing, restarting after a crash, committing, and lag metrics.
 */
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  override readonly propagatesEventHandlerErrors = true;
  private readonly kafka: Kafka;
  private kafkaConsumer: Consumer;
  private topics: string[] = [];
  private replacing = false;
  private readonly watchdog = new FetchWatchdog(
    CONSUMER_STALL_MS,
    () => void this.replaceConsumer('consumer has not fetched for a while; starting a new one'),
  );
  private readonly progress: PartitionProgressMonitor;
  private readonly producer: RenewableProducer;
  private readonly admin: Admin;
  private readonly groupId: string;
  private readonly deadLetters: string;
  private readonly processor: BatchProcessor;
  private readonly deadLetterPublisher: DeadLetterPublisher;
  private readonly replayer: DeadLetterReplayer;
  private unreplayedTimer: NodeJS.Timeout | undefined;
  private readonly committedListeners: ((events: readonly CloudEvent[]) => void)[] = [];
  private closing = false;

  constructor(private readonly options: EventConsumerOptions) {
    super();
    const kafka = createKafka(options.config, `consumer-${options.consumer}`);
    this.kafka = kafka;
    this.groupId = physicalTopic(options.config, consumerGroupId(options.consumer));
    this.deadLetters = physicalTopic(options.config, deadLetterTopic(options.consumer));
    this.kafkaConsumer = this.createConsumer();
    this.producer = new RenewableProducer(kafka, `dead letters of ${options.consumer}`);
    this.admin = kafka.admin();
    this.progress = new PartitionProgressMonitor(this.admin, this.groupId, CONSUMER_STALL_MS, (stuck) => {
      void this.replaceConsumer('partitions behind without progress; starting a new consumer', stuck);
    });
    this.deadLetterPublisher = new DeadLetterPublisher(this.producer, this.deadLetters, options.consumer);
    this.processor = new BatchProcessor({
      consumer: options.consumer,
      config: options.config,
      dataSource: options.dataSource,
      lookup: (pattern) => this.getHandlerByPattern(pattern),
      deadLetters: this.deadLetterPublisher,
    });
    this.replayer = new DeadLetterReplayer(options.consumer, options.dataSource, this.processor);
  }

  /** Runs one of this consumer's dead letters through its handler again (see DeadLetterReplayer). */
  async replay(deadLetterId: string): Promise<DeadLetterReplay> {
    const { replay, applied } = await this.replayer.replay(deadLetterId);
    if (applied) for (const listener of this.committedListeners) listener([applied]);
    await this.countOpen();
    return replay;
  }

  /** Counts this consumer's open dead letters for the alert gauge (a failure is only logged). */
  async countOpen(): Promise<void> {
    try {
      await countUnreplayed(this.options.dataSource, this.options.consumer);
    } catch (error) {
      this.logger.warn?.(
        { msg: 'counting dead letters failed', error: String(error) },
        KafkaEventServer.name,
      );
    }
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

  /**
   * Stops fetching, lets the batch in hand finish (kafkajs commits the resolved offsets after
   * every batch), leaves the group and disconnects.
   */
  async close(): Promise<void> {
    this.closing = true;
    this.watchdog.stop();
    this.progress.stop();
    clearInterval(this.unreplayedTimer);
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
    this.topics = this.options.topics.map((topic) => physicalTopic(this.options.config, topic));
    await Promise.all([this.admin.connect(), this.producer.connect()]);
    await ensureTopics(this.admin, [...this.topics, this.deadLetters], this.options.config);
    await this.countOpen();
    this.unreplayedTimer = setInterval(() => void this.countOpen(), UNREPLAYED_COUNT_EVERY_MS);
    this.unreplayedTimer.unref();
    this.watchdog.start();
    this.progress.start();
    await this.run();
  }

  /** A kafkajs consumer with the platform's settings, watched for crashes and stalls. */
  private createConsumer(): Consumer {
    const consumer = this.kafka.consumer(consumerSettings(this.groupId, () => this.closing));
    consumer.on(consumer.events.FETCH_START, () => this.watchdog.fetching());
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      if (consumer === this.kafkaConsumer) this.progress.assigned(payload.memberAssignment);
    });
    // kafkajs may give up for good after a long broker outage: the service must not sit deaf.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.closing || consumer !== this.kafkaConsumer) return;
      // A new consumer rather than the same one again: after a broker died, a consumer restarted
      // by kafkajs kept fetching without ever delivering some partitions (broker fault test).
      void this.replaceConsumer('consumer crashed; starting a new one', String(payload.error));
    });
    return consumer;
  }

  /** Replaces a stalled or crashed consumer; the old one may never finish disconnecting. */
  private async replaceConsumer(msg: string, detail?: unknown): Promise<void> {
    if (this.closing || this.replacing) return;
    this.replacing = true;
    this.logger.warn?.({ msg, detail, stalledMs: CONSUMER_STALL_MS }, KafkaEventServer.name);
    const stalled = this.kafkaConsumer;
    this.kafkaConsumer = this.createConsumer();
    await Promise.race([stalled.disconnect().catch(() => undefined), sleep(10_000)]);
    await this.restart().finally(() => (this.replacing = false));
  }

  private async restart(): Promise<void> {
    while (!this.closing) {
      try {
        await this.kafkaConsumer.disconnect().catch(() => undefined);
        await this.run();
        return;
      } catch (error) {
        this.logger.warn?.(
          { msg: 'consumer restart failed; retrying', error: String(error) },
          KafkaEventServer.name,
        );
        await sleep(2_000);
      }
    }
  }

  private async run(): Promise<void> {
    await this.kafkaConsumer.connect();
    await this.kafkaConsumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.kafkaConsumer.run({
      autoCommit: true,
      autoCommitInterval: 250,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    if (payload.batch.messages.length === 0) return;
    this.watchdog.batchStarted();
    try {
      await this.handleMessages(payload);
    } finally {
      this.watchdog.batchEnded();
    }
  }

  private async handleMessages(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const result = await this.processor.process(payload);
    if (result.lastDone === undefined) return;
    // The effects are committed; only now may Kafka forget these messages. kafkajs commits
    // resolved offsets (and only those) on its auto-commit interval and when partitions move.
    payload.resolveOffset(result.lastDone);
    if (this.deadLetterPublisher.changed) {
      this.deadLetterPublisher.changed = false;
      await this.countOpen();
    }
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
}
