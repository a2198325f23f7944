import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { IntervalJob, type RoundOutcome } from '@samvirke/persistence';
import { loadConfig } from '@samvirke/platform';
import { DecisionsService } from './decisions.service.js';
import { reminderHorizon } from './governance.rules.js';

const config = z.object({
  ACTION_ITEM_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(300_000),
  ACTION_ITEM_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
});

/**
 * Reminds an action item's owner once when its due date comes within the reminder window. One
 * replica runs a round at a time; reminded_at and the row locks keep each reminder single.
 */
@Injectable()
export class ActionItemReminder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob<number>;

  constructor(dataSource: DataSource, decisions: DecisionsService) {
    const { ACTION_ITEM_CHECK_INTERVAL_MS: everyMs, ACTION_ITEM_REMINDER_DAYS: days } = loadConfig(config);
    this.job = new IntervalJob(dataSource, {
      name: 'partners.action-item-reminder',
      everyMs,
      round: (manager, now) => decisions.remindDue(manager, reminderHorizon(now, days), now),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /** Reminds what is due at `now`; the result is how many it reminded. */
  runOnce(now: Date = new Date()): Promise<RoundOutcome<number>> {
    return this.job.runOnce(now);
  }
}
