import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { EventOutbox } from '@samvirke/messaging';
import { ScheduledJob } from '@samvirke/persistence';
import { loadConfig } from '@samvirke/platform';
import { reminderEvent, reminderKind, reminderWindow } from './deadlines.rules.js';
import { claimReminder, unsubmittedBy } from './deadlines.store.js';

const config = z.object({
  /** How many days before the due date data providers without a submission are reminded. */
  DEADLINE_WARNING_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  DEADLINE_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
});

/**
 * Finds data providers who have not submitted (nothing submitted or approved) for an open period
 * that is due soon or overdue, and records one reminder event per (period, organisation, kind).
 * One replica runs a round at a time; the reminder's primary key keeps a repeated round from
 * reminding twice.
 */
@Injectable()
export class DeadlinesScheduler extends ScheduledJob<number> {
  private readonly settings: z.infer<typeof config>;

  constructor(
    dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {
    const settings = loadConfig(config);
    super(dataSource, {
      // Leadership locks are database-wide; each schema (a test suite's) holds its own reminders.
      name: `measurement.deadline-reminders.${dataSource.driver.schema ?? 'public'}`,
      everyMs: settings.DEADLINE_CHECK_INTERVAL_MS,
    });
    this.settings = settings;
  }

  /** Records the reminders due at `now`; the result says how many this round recorded. */
  protected async round(manager: EntityManager, now: Date): Promise<number> {
    const { today, lastDueDate } = reminderWindow(now, this.settings.DEADLINE_WARNING_DAYS);
    let recorded = 0;
    for (const unsubmitted of await unsubmittedBy(manager, lastDueDate)) {
      const kind = reminderKind(unsubmitted.dueDate, today);
      if (!(await claimReminder(manager, { ...unsubmitted, kind }))) continue;
      await this.outbox.recordAll(manager, [reminderEvent(unsubmitted, kind)]);
      recorded += 1;
    }
    return recorded;
  }
}
