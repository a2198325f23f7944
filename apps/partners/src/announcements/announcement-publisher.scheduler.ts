import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { ScheduledJob } from '@samvirke/persistence';
import { loadConfig } from '@samvirke/platform';
import { AnnouncementsService } from './announcements.service.js';
import { AnnouncementsStore } from './announcements.store.js';

const config = z.object({
  ANNOUNCEMENT_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
});

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
      everyMs: loadConfig(config).ANNOUNCEMENT_CHECK_INTERVAL_MS,
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
