import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { grantCallClosedV1, grantCallOpenedV1 } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { loadConfig } from '@samvirke/platform';
import { SELECT_CALL, toCallDto, type CallRow } from './grant-call-row.js';

const config = z.object({
  GRANT_CALL_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
});

/**
 * A call's status follows its dates; this records grant-call.opened and grant-call.closed once
 * each when those dates pass. Several instances may run: the row lock with SKIP LOCKED and the
 * announced flags let exactly one of them record each event.
 */
@Injectable()
export class CallAnnouncer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CallAnnouncer.name);
  private readonly settings = loadConfig(config);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) =>
        this.logger.warn({ msg: 'grant call announcement failed', error: String(error) }),
      );
    }, this.settings.GRANT_CALL_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Records the openings and closings due at `now`; returns how many events it recorded. */
  async runOnce(now: Date = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<{ id: string; open: boolean; close: boolean }[]>(
        `SELECT id, (NOT opened_announced AND opens_at <= $1) AS open, (NOT closed_announced AND closes_at <= $1) AS close
           FROM grant_call WHERE (NOT opened_announced AND opens_at <= $1) OR (NOT closed_announced AND closes_at <= $1)
          ORDER BY opens_at FOR UPDATE SKIP LOCKED`,
        [now],
      );
      let recorded = 0;
      for (const { id, open, close } of due) {
        const [row] = await manager.query<CallRow[]>(`${SELECT_CALL} WHERE c.id = $1`, [id]);
        if (!row) continue;
        const call = toCallDto(row, now);
        const options = { subject: call.programmeId, programmeId: call.programmeId };
        if (open) {
          await this.outbox.record(
            manager,
            grantCallOpenedV1,
            {
              callId: call.id,
              programmeId: call.programmeId,
              funderOrganisationId: call.funderOrganisationId,
              title: call.title,
              budgetOre: call.budgetOre,
              opensAt: call.opensAt,
              closesAt: call.closesAt,
              eligibleOrganisationTypes: call.eligibleOrganisationTypes,
            },
            options,
          );
          recorded += 1;
        }
        if (close) {
          const [count] = await manager.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM application WHERE call_id = $1 AND submitted_at IS NOT NULL`,
            [id],
          );
          await this.outbox.record(
            manager,
            grantCallClosedV1,
            {
              callId: call.id,
              programmeId: call.programmeId,
              funderOrganisationId: call.funderOrganisationId,
              title: call.title,
              closesAt: call.closesAt,
              submittedApplications: count?.n ?? 0,
            },
            options,
          );
          recorded += 1;
        }
        await manager.query(
          `UPDATE grant_call SET opened_announced = opened_announced OR $2, closed_announced = closed_announced OR $3
            WHERE id = $1`,
          [id, open, close],
        );
      }
      return recorded;
    });
  }
}
