import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { intervalFromEnv, ScheduledJob } from '@samvirke/persistence';
import { AnnouncementsService } from './announcements.service.js';
import { AnnouncementsStore } from './announcements.store.js';

/**
 * Publishes scheduled announcements when their time comes. One replica runs a round at a time;
 * the row locks and published_at keep each announcement published (and its event recorded) once.
 */
@Injectable()
export class AnnouncementPublisher extends ScheduledJob<number> {
  constructor(
    dataSource: DataSource,
    private readonly announcements: AnnouncementsService,
  ) {
    super(dataSource, {
      name: 'partners.announcement-publisher',
      everyMs: intervalFromEnv('ANNOUNCEMENT_CHECK_INTERVAL_MS', 30_000),
    });
  }

  /** Publishes what is due at `now`; the result is how many it published. */
  protected async round(manager: EntityManager, now: Date): Promise<number> {
    const store = new AnnouncementsStore(manager);
    const due = await store.due(now);
    for (const row of due) await this.announcements.publish(manager, store, row.id, row.programme_id, now);
    return due.length;
  }
}
