import type { Consumer, Kafka } from 'kafkajs';

export interface FirstMessage {
  readonly value: string;
  /** The message's headers as text (the CloudEvents attributes, ce_id and so on). */
  readonly headers: Record<string, string>;
}

/**
 * Subscribes in `groupId` and runs; resolves with the first message, rejects with the
 * error that crashed the consumer (a refusal such as TOPIC_AUTHORIZATION_FAILED). The consumer is
 * pushed on `consumers` for the caller to disconnect.
 */
export async function readFirst(
  kafka: Kafka,
  groupId: string,
  topic: string,
  consumers: Consumer[],
): Promise<FirstMessage> {
  // A refused consumer must stay down: kafkajs would otherwise restart it after the test ends.
  const consumer = kafka.consumer({
    groupId,
    retry: { retries: 5, initialRetryTime: 200, restartOnFailure: () => Promise.resolve(false) },
  });
  consumers.push(consumer);
  return new Promise<FirstMessage>((resolve, reject) => {
    consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
    consumer
      .connect()
      .then(() => consumer.subscribe({ topics: [topic], fromBeginning: true }))
      .then(() =>
        consumer.run({
          eachMessage: async ({ message }) => {
            const headers = Object.entries(message.headers ?? {}).map(([name, value]): [string, string] => [
              name,
              String(value),
            ]);
            resolve({ value: message.value?.toString('utf8') ?? '', headers: Object.fromEntries(headers) });
            await Promise.resolve();
          },
        }),
      )
      .catch(reject);
  });
}
