import { Logger } from '@nestjs/common';
import type { KafkaMessage } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import { consumerDeadLetters, consumerMessages } from '../metrics.js';
import type { RenewableProducer } from '../renewable-producer.js';
import { storeDeadLetter } from './dead-letter-store.js';

export type DeadLetterReason =
  'undecodable' | 'unknown-type' | 'contract-violation' | 'wrong-topic' | 'handler-failed';

export interface DeadLetterDetails {
  readonly reason: DeadLetterReason;
  readonly error: string;
  readonly attempts: number;
  readonly consumer: string;
  readonly topic: string;
  readonly partition: number;
}

/** The original headers, plus why, by whom and from where the message was given up on. */
export function deadLetterHeaders(
  message: KafkaMessage,
  details: DeadLetterDetails,
): Record<string, string | Buffer> {
  const headers: Record<string, string | Buffer> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) headers[name] = first;
  }
  return {
    ...headers,
    dlt_reason: details.reason,
    dlt_error: details.error.slice(0, 4_000),
    dlt_attempts: String(details.attempts),
    dlt_consumer: details.consumer,
    dlt_original_topic: details.topic,
    dlt_original_partition: String(details.partition),
    dlt_original_offset: message.offset,
    dlt_time: new Date().toISOString(),
  };
}

/**
 * Sends the messages a consumer gives up on to its dead-letter topic, keeps them in its database
 * (in the transaction that gives up on them) for listing and replay, and counts them.
 */
export class DeadLetterPublisher {
  private readonly logger = new Logger('KafkaEventServer');
  /** Set when a message was dead-lettered since the unreplayed gauge was last counted. */
  changed = false;

  constructor(
    /** Replaced when Kafka refuses its sequence state; the batch then fails and is handled again. */
    private readonly producer: RenewableProducer,
    /** The consumer's dead-letter topic, prefix included. */
    private readonly topic: string,
    private readonly consumer: string,
  ) {}

  async send(
    manager: Pick<EntityManager, 'query'>,
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason,
    error: string,
    attempts = 0,
  ): Promise<void> {
    const details = { reason, error, attempts, consumer: this.consumer, topic, partition };
    const headers = deadLetterHeaders(message, details);
    await this.producer.send((producer) =>
      producer.send({
        topic: this.topic,
        acks: -1,
        messages: [{ key: message.key, value: message.value, headers }],
      }),
    );
    await storeDeadLetter(manager, message, details);
    this.changed = true;
    consumerDeadLetters.inc({ consumer: this.consumer, topic, reason });
    consumerMessages.inc({ consumer: this.consumer, outcome: 'dead-lettered' });
    this.logger.warn({
      msg: 'message dead-lettered',
      reason,
      error,
      topic,
      partition,
      offset: message.offset,
    });
  }
}
