import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  consumerGroupId,
  PERSON_KEYS_GROUP,
  PERSON_KEYS_TOPIC,
  personKeyIssuedV1,
} from '@samvirke/contracts';
import {
  createKafka,
  ensureTopics,
  MESSAGING_CONFIG,
  physicalTopic,
  type MessagingConfig,
} from '@samvirke/messaging';
import { forgetPersonKey, keepPersonKey } from './person-keys.store.js';

const RESTART_AFTER_MS = 2_000;

/**
 * Keeps notifications' copy of contacts' data keys in step with partners' compacted person-keys
 * topic: a record is a key to keep, a tombstone (no value) the erasure of that person. Not an event
 * consumer with an inbox: a key's last state is all that counts, and applying a record twice
 * changes nothing. Reads from the beginning, so a new deployment learns every key still alive.
 */
@Injectable()
export class PersonKeysConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PersonKeysConsumer.name);
  private consumer: Consumer | undefined;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_CONFIG) private readonly config: MessagingConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.consumer?.disconnect();
  }

  private async start(): Promise<void> {
    const kafka = createKafka(this.config, 'person-keys');
    const topic = physicalTopic(this.config, PERSON_KEYS_TOPIC);
    const consumer = kafka.consumer({
      groupId: this.config.topicPrefix + consumerGroupId(PERSON_KEYS_GROUP),
    });
    this.consumer = consumer;
    try {
      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, [topic], this.config).finally(() => admin.disconnect());
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart && !this.stopped) setTimeout(() => void this.start(), RESTART_AFTER_MS).unref();
      });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: (message) => this.apply(message) });
    } catch (error) {
      this.logger.error({ msg: 'person-keys consumer did not start; trying again', error: String(error) });
      await consumer.disconnect().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.start(), RESTART_AFTER_MS).unref();
    }
  }

  private async apply({ message }: EachMessagePayload): Promise<void> {
    const keyId = message.key?.toString('utf8');
    if (!keyId) return;
    await this.dataSource.transaction(async (manager) => {
      if (message.value === null) return forgetPersonKey(manager, keyId);
      const parsed = personKeyIssuedV1.schema.safeParse(parseJson(message.value.toString('utf8')));
      if (!parsed.success || parsed.data.keyId !== keyId) {
        this.logger.warn({ msg: 'person-keys record that is no key, skipped', keyId });
        return;
      }
      await keepPersonKey(manager, keyId, Buffer.from(parsed.data.key, 'base64'));
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
