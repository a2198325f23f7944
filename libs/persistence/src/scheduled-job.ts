import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';
import { IntervalJob, type IntervalJobOptions, type RoundOutcome } from './interval-job.js';

/**
 * A Nest provider that owns one `IntervalJob`: it starts with the application, stops gracefully
 * with it, and `runOnce` runs a round now (tests). A scheduler extends it and writes only its round.
 */
export abstract class ScheduledJob<T> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob<T>;

  protected constructor(dataSource: DataSource, options: Omit<IntervalJobOptions<T>, 'round'>) {
    this.job = new IntervalJob(dataSource, { ...options, round: (manager, now) => this.round(manager, now) });
  }

  /** One round, in the transaction that holds the job's leadership (see `IntervalJobOptions.round`). */
  protected abstract round(manager: EntityManager, now: Date): Promise<T>;

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** Runs one round at `now`, or reports that another replica held the lead. */
  runOnce(now: Date = new Date()): Promise<RoundOutcome<T>> {
    return this.job.runOnce(now);
  }
}

/** A job's interval in ms from the environment variable `name`: a whole number, at least `minMs`. */
export function intervalFromEnv(name: string, defaultMs: number, minMs = 100): number {
  const schema = z.object({ [name]: z.coerce.number().int().min(minMs).default(defaultMs) });
  return loadConfig(schema)[name] ?? defaultMs;
}
