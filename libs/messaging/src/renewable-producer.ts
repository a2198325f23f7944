import { Logger } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { producerStateLost, RELIABLE_PRODUCER } from './kafka.js';

/**
 * The idempotent, acks=all producer of the outbox relay and of dead-lettering, replaced by a new one
 * (a new producer id) after every failed send. kafkajs keeps the idempotent producer's sequence
 * numbers across a failed request, so the rows sent again — regrouped, with newer rows beside them —
 * can carry sequence numbers the broker already holds from the failed request: Kafka then answers
 * "duplicate" and acknowledges a batch it did not store. The broker fault test lost 179 of 10,001
 * events that way (the outbox marked them published; the topic's offsets ended 179 short). Refusals
 * for good (OUT_OF_ORDER_SEQUENCE_NUMBER, see producerStateLost) are the same case seen later. With a
 * new producer nothing is deduplicated by sequence any more; what is sent twice is dropped by the
 * consumers' inbox (event ids). The failing send still throws, so the caller retries it.
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

  /** Runs `send` with the producer; after a failure replaces the producer, and rethrows. */
  async send<T>(send: (producer: Producer) => Promise<T>): Promise<T> {
    if (this.pending) {
      await this.producer.connect();
      this.pending = false;
    }
    try {
      return await send(this.producer);
    } catch (error) {
      await this.renew(error);
      throw error;
    }
  }

  private async renew(error: unknown): Promise<void> {
    const refused = producerStateLost(error);
    this.logger.warn({ msg: 'a send failed; starting a new producer', role: this.role, refused });
    const lost = this.producer;
    this.producer = this.kafka.producer(RELIABLE_PRODUCER);
    this.pending = true;
    await lost.disconnect().catch(() => undefined);
  }
}
