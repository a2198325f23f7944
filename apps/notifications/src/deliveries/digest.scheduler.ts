import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { IntervalJob } from '@samvirke/persistence';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../config.js';
import { TemplateBook } from '../templates/templates.store.js';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links.js';
import { digestBundles, dueDigestDay, dueHeldEmails, isoWeekday } from './deliveries.rules.js';
import { claimDigestDay, lockHeldEmails, queueDigest } from './digest.store.js';

/**
 * Bundles the e-mails held for a digest (non-urgent categories a user asked to receive daily) into
 * one e-mail per recipient. The held rows are locked and marked digested in the same transaction
 * that queues the digest, so each notification is in exactly one digest.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob<number>;
  private readonly links: UnsubscribeLinks;

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplateBook,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.links = new UnsubscribeLinks(config);
    this.job = new IntervalJob(dataSource, {
      name: 'notifications.digest',
      everyMs: config.DIGEST_CHECK_INTERVAL_MS,
      round: (manager, now) => this.dueRound(manager, now),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
  }

  /**
   * Sends the day's digest once DIGEST_HOUR has passed in Copenhagen; the day's digest_run row lets
   * exactly one replica do it. Returns how many digests were queued (0 when not due or done).
   */
  async runIfDue(now: Date = new Date()): Promise<number> {
    const outcome = await this.job.runOnce(now);
    return outcome.ran ? outcome.result : 0;
  }

  /**
   * Queues one digest per recipient whose digest is due that day (daily ones, and weekly ones on
   * their weekday); returns how many digests it queued. With a day, only if that day's digest has
   * not run yet (recorded in the same transaction); without, for today in Copenhagen.
   */
  runOnce(day?: string): Promise<number> {
    return this.dataSource.transaction((manager) => this.round(manager, day));
  }

  private dueRound(manager: EntityManager, now: Date): Promise<number> {
    const day = dueDigestDay(now, this.config.DIGEST_HOUR);
    return day === undefined ? Promise.resolve(0) : this.round(manager, day);
  }

  private async round(manager: EntityManager, day: string | undefined): Promise<number> {
    if (day !== undefined && !(await claimDigestDay(manager, day))) return 0;
    const weekday = isoWeekday(day ?? dueDigestDay(new Date(), 0) ?? '');
    const bundles = digestBundles(dueHeldEmails(await lockHeldEmails(manager), weekday));
    for (const bundle of bundles) {
      const message = this.templates.render('digest', bundle.language, bundle.variables);
      const signed = bundle.categories.length
        ? this.links.sign(bundle.recipient, bundle.categories, bundle.language, message.body)
        : { body: message.body, unsubscribeToken: null };
      await queueDigest(manager, { ...bundle, ...message, ...signed });
    }
    return bundles.length;
  }
}
