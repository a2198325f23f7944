import {
  type DynamicModule,
  Global,
  Inject,
  type INestApplication,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import { HealthRegistry } from '@samvirke/platform';
import { ConsumerRegistry } from './consumer/consumer-registry.js';
import { deadLettersController } from './consumer/dead-letters.controller.js';
import { DeadLettersService } from './consumer/dead-letters.service.js';
import { KafkaEventServer } from './consumer/kafka-event.server.js';
import { createKafka } from './kafka.js';
import { messagingConfigFromEnv, type MessagingConfig } from './messaging-config.js';
import { EventOutbox } from './outbox/event-outbox.js';
import { OutboxRelay } from './outbox/relay/outbox-relay.js';

export const MESSAGING_CONFIG = Symbol('MESSAGING_CONFIG');
const KAFKA_ADMIN = Symbol('KAFKA_ADMIN');

export interface MessagingModuleOptions {
  readonly service: string;
  /** Run the outbox relay in this process (default true). */
  readonly relay?: boolean;
  readonly config?: MessagingConfig;
  /**
   * Where to serve the dead-letter operations (list, replay), for a service that runs an event
   * consumer, e.g. `dead-letters`.
   */
  readonly deadLettersPath?: string;
}

/**
 * Gives a service its EventOutbox and runs the relay that publishes it (and prunes the outbox
 * and the inbox); reports Kafka in the health details without making readiness depend on it.
 * Consumers are attached with connectEventConsumer() in main.ts.
 */
@Global()
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(KAFKA_ADMIN) private readonly admin: Admin,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay | null,
    private readonly health: HealthRegistry,
  ) {}

  static forRoot(options: MessagingModuleOptions): DynamicModule {
    const configProvider = {
      provide: MESSAGING_CONFIG,
      useFactory: () => options.config ?? messagingConfigFromEnv(options.service),
    };
    return {
      module: MessagingModule,
      controllers: options.deadLettersPath ? [deadLettersController(options.deadLettersPath)] : [],
      providers: [
        configProvider,
        ConsumerRegistry,
        DeadLettersService,
        {
          provide: EventOutbox,
          inject: [MESSAGING_CONFIG],
          useFactory: (config: MessagingConfig) => new EventOutbox(config),
        },
        {
          provide: OutboxRelay,
          inject: [DataSource, MESSAGING_CONFIG],
          useFactory: (dataSource: DataSource, config: MessagingConfig) =>
            options.relay === false ? null : new OutboxRelay(dataSource, config),
        },
        {
          provide: KAFKA_ADMIN,
          inject: [MESSAGING_CONFIG],
          useFactory: (config: MessagingConfig) => createKafka(config, 'health').admin(),
        },
      ],
      exports: [MESSAGING_CONFIG, EventOutbox, OutboxRelay, ConsumerRegistry],
    };
  }

  onModuleInit(): void {
    // Reported, not required: the outbox keeps every write working while Kafka is away.
    this.health.register({
      name: 'kafka',
      required: false,
      check: async () => {
        await this.admin.connect();
        await this.admin.describeCluster();
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.relay?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.admin.disconnect().catch(() => undefined);
  }
}

/** Attaches the service's event consumer (inbox, retries, dead letters) to its Nest application. */
export function connectEventConsumer(
  app: INestApplication,
  options: { consumer: string; topics: readonly string[]; partitionsConsumedConcurrently?: number },
): KafkaEventServer {
  const server = new KafkaEventServer({
    ...options,
    config: app.get<MessagingConfig>(MESSAGING_CONFIG),
    dataSource: app.get(DataSource),
  });
  app.connectMicroservice({ strategy: server }, { inheritAppConfig: true });
  app.get(ConsumerRegistry).add(server);
  return server;
}
