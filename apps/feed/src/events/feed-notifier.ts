import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { databaseConfigFromEnv } from '@samvirke/persistence';
import { FEED_CONFIG, type FeedConfig } from '../config.js';
import { listenForEntries } from './events.store.js';

/**
 * Wakes long-polling readers when the projector (in this or another replica) commits feed
 * entries: PostgreSQL delivers the feed_entry trigger's NOTIFY on commit. Readers also re-check
 * on a timer, so a lost LISTEN connection only makes them slower.
 */
@Injectable()
export class FeedNotifier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FeedNotifier.name);
  private readonly waiters = new Set<() => void>();
  private client: pg.Client | undefined;
  private closed = false;

  constructor(@Inject(FEED_CONFIG) private readonly config: FeedConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen().catch((error: unknown) =>
      this.logger.warn({ msg: 'feed LISTEN failed; long polls fall back to a timer', error: String(error) }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.client?.end().catch(() => undefined);
  }

  /** Resolves when new entries may be there, or after at most `ms`. */
  waitForEntries(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  private wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async listen(): Promise<void> {
    const database = databaseConfigFromEnv(this.config.FEED_DATABASE);
    const client = new pg.Client({
      host: database.host,
      port: database.port,
      user: database.user,
      password: database.password,
      database: database.database,
    });
    client.on('notification', (message) => {
      if (message.payload === database.schema) this.wakeAll();
    });
    client.on('error', (error) => {
      this.logger.warn({ msg: 'feed LISTEN connection lost', error: String(error) });
      this.client = undefined;
      if (!this.closed) setTimeout(() => void this.listen().catch(() => undefined), 2_000).unref();
    });
    await client.connect();
    await listenForEntries(client);
    this.client = client;
  }
}
