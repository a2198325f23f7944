import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { reportingDeadlineApproachingV1, reportingOverdueV1 } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { loadConfig } from '@samvirke/platform';

const config = z.object({
  /** How many days before the due date data providers without a submission are reminded. */
  DEADLINE_WARNING_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  DEADLINE_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
});

interface Due {
  programme_id: string;
  period_id: string;
  period: string;
  due_date: string;
  organisation_id: string;
  kind: 'deadline-approaching' | 'overdue';
}

/**
 * Finds data providers who have not submitted (nothing submitted or approved) for an open period
 * that is due soon or overdue, and records one reminder event per (period, organisation, kind).
 * Several instances may run: the reminder's primary key lets exactly one of them record it.
 */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineScheduler.name);
  private readonly settings = loadConfig(config);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) =>
        this.logger.warn({ msg: 'deadline check failed', error: String(error) }),
      );
    }, this.settings.DEADLINE_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Records the reminders due at `now`; returns how many this call recorded. */
  async runOnce(now: Date = new Date()): Promise<number> {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<Due[]>(
        `SELECT p.programme_id, p.id AS period_id, p.period, p.due_date::text AS due_date, m.organisation_id,
                CASE WHEN p.due_date < $1::date THEN 'overdue' ELSE 'deadline-approaching' END AS kind
           FROM reporting_period p
           JOIN programme_member m ON m.programme_id = p.programme_id AND m.left_on IS NULL AND 'data-provider' = ANY(m.roles)
          WHERE p.status = 'open' AND p.due_date <= $1::date + $2::int
            AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.period_id = p.id AND s.organisation_id = m.organisation_id
                              AND s.status IN ('submitted', 'approved'))`,
        [today, this.settings.DEADLINE_WARNING_DAYS],
      );
      let recorded = 0;
      for (const reminder of due) {
        const inserted = await manager.query<unknown[]>(
          `INSERT INTO reporting_reminder (period_id, organisation_id, kind) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING period_id`,
          [reminder.period_id, reminder.organisation_id, reminder.kind],
        );
        if (inserted.length === 0) continue;
        await this.outbox.record(
          manager,
          reminder.kind === 'overdue' ? reportingOverdueV1 : reportingDeadlineApproachingV1,
          {
            programmeId: reminder.programme_id,
            periodId: reminder.period_id,
            period: reminder.period,
            dueDate: reminder.due_date,
            organisationId: reminder.organisation_id,
          },
          { subject: reminder.programme_id, programmeId: reminder.programme_id },
        );
        recorded += 1;
      }
      return recorded;
    });
  }
}
