import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

export interface IntervalJobOptions<T> {
  /** Names the job in logs and is the key of its leadership lock (one name, one leader). */
  readonly name: string;
  /** Time between the end of one round and the start of the next. */
  readonly everyMs: number;
  /** Also run a round as soon as the job starts (default false: the first round after everyMs). */
  readonly runAtStart?: boolean;
  /**
   * One round, inside a transaction that holds the job's leadership lock: while a replica runs a
   * round, the same job in every other replica skips its round. The round's writes commit with it.
   */
  readonly round: (manager: EntityManager, now: Date) => Promise<T>;
}

/** What `runOnce` reports: the round's result, or that another replica held the lead. */
export type RoundOutcome<T> = { readonly ran: true; readonly result: T } | { readonly ran: false };

/**
 * The one scheduler primitive of the house: a round every `everyMs`, run by one replica at a time
 * (a transaction-scoped PostgreSQL advisory lock keyed by the job's name), never two rounds of the
 * same job at once in one process, and a graceful stop that waits for the round in flight.
 * Rounds are still written to be idempotent: leadership keeps replicas from doing the work side by
 * side, the data's own keys keep a repeated round from doing it twice.
 */
export class IntervalJob<T = unknown> {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;
  private stopped = true;
  /** The job's name within its schema: services (or test suites) in other schemas lead on their own. */
  private readonly lockName: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: IntervalJobOptions<T>,
  ) {
    this.logger = new Logger(options.name);
    this.lockName = `${options.name}@${(dataSource.options as { schema?: string }).schema ?? 'public'}`;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (this.options.runAtStart) this.tick();
    else this.schedule();
  }

  /** Stops scheduling and waits for the round in flight, if any, to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight?.catch(() => undefined);
  }

  /** Runs one round now (tests, and the timer); waits for a round already in flight first. */
  async runOnce(now: Date = new Date()): Promise<RoundOutcome<T>> {
    while (this.inFlight) await this.inFlight.catch(() => undefined);
    const round = this.lead(now);
    this.inFlight = round;
    try {
      return await round;
    } finally {
      this.inFlight = undefined;
    }
  }

  private lead(now: Date): Promise<RoundOutcome<T>> {
    return this.dataSource.transaction(async (manager): Promise<RoundOutcome<T>> => {
      const [{ led }] = await manager.query<[{ led: boolean }]>(
        `SELECT pg_try_advisory_xact_lock(hashtext('samvirke.job'), hashtext($1)) AS led`,
        [this.lockName],
      );
      if (!led) return { ran: false };
      return { ran: true, result: await this.options.round(manager, now) };
    });
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.tick(), this.options.everyMs);
    this.timer.unref();
  }

  private tick(): void {
    this.runOnce()
      .catch((error: unknown) =>
        this.logger.warn({ msg: `${this.options.name} round failed`, error: String(error) }),
      )
      .finally(() => this.schedule());
  }
}
