import type { KafkaMessage } from 'kafkajs';

export type DeadLetterReason = 'undecodable' | 'unknown-type' | 'contract-violation' | 'handler-failed';

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
