import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { connectEventConsumer, MessagingModule } from '@samvirke/messaging';
import { PersistenceModule } from '@samvirke/persistence';
import { TOPICS } from '@samvirke/contracts';
import type { INestApplication } from '@nestjs/common';
import { FeedGrantsService } from './feed-grants.service.js';
import { FeedHousekeeping } from './feed-housekeeping.js';
import { FeedNotifier } from './feed-notifier.js';
import { gatewayDataSourceSpec, feedUnavailableReason } from './feed-persistence.js';
import { FEED_UNAVAILABLE, FeedUnavailableController } from './feed-unavailable.controller.js';
import { FEED_CONFIG, feedConfig } from './feed.config.js';
import { FeedController } from './feed.controller.js';
import { FeedService } from './feed.service.js';
import { FeedStreams } from './feed-streams.js';
import { PublicProjector } from './public-projector.consumer.js';

/** The consumer that turns internal events into public ones (its Kafka group and inbox name). */
export const PUBLIC_PROJECTOR = 'gateway-public';

/** Whether this gateway runs the feed (always provided, so main.ts can ask). */
const FEED_RUNS = Symbol('FEED_RUNS');

/**
 * The gateway's integration feed: the public projector, the feed and its grants, with the
 * gateway's own database. Without that database (not migrated, not reachable) the gateway still
 * proxies; GATEWAY_FEED=on makes it refuse to start instead, =off leaves the feed out.
 */
@Module({})
export class FeedModule {
  /** Decided when Nest scans the module, not when app.module.ts is imported (e.g. by `migrate`). */
  static forRoot(): Promise<DynamicModule> {
    return lazily(() => FeedModule.decide());
  }

  private static async decide(): Promise<DynamicModule> {
    const config = feedConfig();
    const reason = config.GATEWAY_FEED === 'off' ? 'GATEWAY_FEED=off' : await feedUnavailableReason();
    if (reason !== undefined) {
      if (config.GATEWAY_FEED === 'on') throw new Error(`GATEWAY_FEED=on but ${reason}`);
      new Logger(FeedModule.name).warn({ msg: 'event feed disabled; the proxy runs without it', reason });
      return {
        module: FeedModule,
        controllers: [FeedUnavailableController],
        providers: [
          { provide: FEED_UNAVAILABLE, useValue: reason },
          { provide: FEED_RUNS, useValue: false },
        ],
      };
    }
    return {
      module: FeedModule,
      imports: [
        PersistenceModule.forRoot(gatewayDataSourceSpec),
        MessagingModule.forRoot({ service: 'gateway', deadLettersPath: 'api/feed/dead-letters' }),
      ],
      controllers: [FeedController, PublicProjector],
      providers: [
        { provide: FEED_CONFIG, useValue: config },
        { provide: FEED_RUNS, useValue: true },
        FeedService,
        FeedStreams,
        FeedGrantsService,
        FeedNotifier,
        FeedHousekeeping,
      ],
    };
  }
}

/** Attaches the public projector's consumer (main.ts, before listen) when the feed runs. */
export async function startPublicProjector(app: INestApplication): Promise<void> {
  if (app.get<boolean>(FEED_RUNS) !== true) return;
  connectEventConsumer(app, {
    consumer: PUBLIC_PROJECTOR,
    topics: [TOPICS.partners, TOPICS.measurement, TOPICS.grants],
  });
  await app.startAllMicroservices();
}

/**
 * A promise whose work starts at the first then(): Nest accepts a Promise<DynamicModule> among
 * imports (it checks instanceof Promise and awaits it), and this one costs nothing until then.
 */
function lazily<T>(factory: () => Promise<T>): Promise<T> {
  let running: Promise<T> | undefined;
  const run = (): Promise<T> => (running ??= factory());
  const lazy = Object.create(Promise.prototype) as Promise<T>;
  return Object.defineProperties(lazy, {
    then: { value: (...args: Parameters<Promise<T>['then']>) => run().then(...args) },
    catch: { value: (...args: Parameters<Promise<T>['catch']>) => run().catch(...args) },
    finally: { value: (...args: Parameters<Promise<T>['finally']>) => run().finally(...args) },
  });
}
