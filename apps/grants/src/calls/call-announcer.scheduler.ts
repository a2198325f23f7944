import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { grantCallClosedV1, grantCallOpenedV1 } from '@samvirke/contracts';
import { EventOutbox } from '@samvirke/messaging';
import { intervalFromEnv, ScheduledJob } from '@samvirke/persistence';
import { callClosedEvent, callOpenedEvent } from './calls.rules.js';
import { CallsStore, toCallDto, type DueAnnouncement } from './calls.store.js';

/**
 * A call's status follows its dates; this records grant-call.opened and grant-call.closed once
 * each when those dates pass. Several instances may run: the job's leadership lets one replica run
 * a round at a time, and the row locks (SKIP LOCKED) with the announced flags keep every event
 * recorded exactly once whoever runs the round.
 */
@Injectable()
export class CallAnnouncer extends ScheduledJob<number> {
  constructor(
    dataSource: DataSource,
    private readonly outbox: EventOutbox,
  ) {
    super(dataSource, {
      name: 'grants.call-announcer',
      everyMs: intervalFromEnv('GRANT_CALL_CHECK_INTERVAL_MS', 30_000),
    });
  }

  /** Records the openings and closings due at `now`; the result is how many events it recorded. */
  protected async round(manager: EntityManager, now: Date): Promise<number> {
    const store = new CallsStore(manager);
    let recorded = 0;
    for (const due of await store.dueAnnouncements(now)) {
      recorded += await this.announce(store, manager, due, now);
      await store.markAnnounced(due);
    }
    return recorded;
  }

  private async announce(
    store: CallsStore,
    manager: EntityManager,
    { id, open, close }: DueAnnouncement,
    now: Date,
  ): Promise<number> {
    const row = await store.find(id);
    if (!row) return 0;
    const call = toCallDto(row, now);
    const options = { subject: call.programmeId, programmeId: call.programmeId };
    if (open) await this.outbox.record(manager, grantCallOpenedV1, callOpenedEvent(call), options);
    if (close) {
      const submitted = await store.submittedApplications(id);
      await this.outbox.record(manager, grantCallClosedV1, callClosedEvent(call, submitted), options);
    }
    return Number(open) + Number(close);
  }
}
