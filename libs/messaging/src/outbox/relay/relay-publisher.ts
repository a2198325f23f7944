import type { Admin } from 'kafkajs';
import { ensureTopics, type TopicPlacement } from '../../kafka.js';
import { outboxPublished, outboxPublishLatency } from '../../metrics.js';
import type { RenewableProducer } from '../../renewable-producer.js';
import type { PendingRow } from './outbox.store.js';

type KafkaMessage = { key: string; value: string | null; headers: Record<string, string> };

/** Sends a batch of outbox rows to Kafka in one request (topics created on first use), and counts it. */
export class RelayPublisher {
  private readonly knownTopics = new Set<string>();
  private readonly publishedListeners: ((eventIds: readonly string[]) => void)[] = [];

  constructor(
    private readonly producer: RenewableProducer,
    private readonly admin: Admin,
    private readonly placement: TopicPlacement,
  ) {}

  /** Called with the ids of the events Kafka has just acknowledged (for benchmarks and tests). */
  onPublished(listener: (eventIds: readonly string[]) => void): void {
    this.publishedListeners.push(listener);
  }

  async send(rows: readonly PendingRow[]): Promise<void> {
    const byTopic = new Map<string, KafkaMessage[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.message_key, value: row.value, headers: row.headers });
      byTopic.set(row.topic, messages);
    }
    await this.ensure([...byTopic.keys()]);
    await this.producer.send((producer) =>
      producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      }),
    );
    if (this.publishedListeners.length) {
      const ids = rows.map((row) => row.id);
      for (const listener of this.publishedListeners) listener(ids);
    }
    const now = Date.now();
    for (const row of rows) outboxPublishLatency.observe((now - new Date(row.created_at).getTime()) / 1_000);
    for (const [topic, messages] of byTopic) outboxPublished.inc({ topic }, messages.length);
  }

  private async ensure(topics: string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    await ensureTopics(this.admin, missing, this.placement);
    for (const topic of missing) this.knownTopics.add(topic);
  }
}
