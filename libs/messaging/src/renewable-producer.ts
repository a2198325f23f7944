import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { producerStateLost, RELIABLE_PRODUCER } from './kafka.js';

/**
 * The idempotent, acks=all producer of the outbox relay and of dead-lettering, replaced by a new one
 * when Kafka refuses its sequence state for good (see producerStateLost): in the broker fault test a
 * producer whose request failed as its broker died was refused with OUT_OF_ORDER_SEQUENCE_NUMBER on
 * every later send. The new producer has a new producer id; what it sends again is dropped by the
 * consumers' inbox. The failing send still throws, so the caller retries it as it would any failure.
 */
export class RenewableProducer {
  private readonly logger = new Logger('RenewableProducer');
  private producer: Producer;
  /** A replacement that has not connected yet: the next send connects it first. */
  private pending = false;

  constructor(
    private readonly kafka: Kafka,
    /** Which producer this is, for the log. */
    private readonly role: string,
  ) {
    this.producer = kafka.producer(RELIABLE_PRODUCER);
  }

  /** The producer in use now (tests replace its methods to inject Kafka's refusals). */
  get current(): Producer {
    return this.producer;
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  /** Runs `send` with the producer; replaces the producer when Kafka refused its state, and rethrows. */
  async send<T>(send: (producer: Producer) => Promise<T>): Promise<T> {
    if (this.pending) {
      await this.producer.connect();
      this.pending = false;
    }
    try {
      return await send(this.producer);
    } catch (error) {
      if (producerStateLost(error)) await this.renew();
      throw error;
    }
  }

  private async renew(): Promise<void> {
    this.logger.warn({ msg: 'Kafka refused the producer state; starting a new producer', role: this.role });
    const lost = this.producer;
    this.producer = this.kafka.producer(RELIABLE_PRODUCER);
    this.pending = true;
    await lost.disconnect().catch(() => undefined);
  }
}
