import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationLanguage } from '@samvirke/contracts';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../config.js';
import { TemplateBook } from '../rules/templates.js';

interface HeldRow {
  id: string;
  recipient: string;
  language: NotificationLanguage | null;
  subject: string;
}

/**
 * Bundles the e-mails held for a digest (non-urgent categories a user asked to receive daily) into
 * one e-mail per recipient. The held rows are locked and marked digested in the same transaction
 * that queues the digest, so each notification is in exactly one digest.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TemplateBook,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.runIfDue().catch((error: unknown) =>
        this.logger.warn({ msg: 'digest round failed', error: String(error) }),
      );
    }, this.config.DIGEST_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  /**
   * Sends the day's digest once DIGEST_HOUR has passed in Copenhagen; the day's digest_run row lets
   * exactly one replica do it. Returns how many digests were queued (0 when not due or done).
   */
  async runIfDue(now: Date = new Date()): Promise<number> {
    const parts = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
    const part = (type: string): string => parts.find((entry) => entry.type === type)?.value ?? '';
    if (Number(part('hour')) < this.config.DIGEST_HOUR) return 0;
    const day = `${part('year')}-${part('month')}-${part('day')}`;
    return this.runOnce(day);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Queues one digest per recipient with held e-mails; returns how many digests it queued. With a
   * day, only if that day's digest has not run yet (recorded in the same transaction).
   */
  async runOnce(day?: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      if (day) {
        const claimed = await manager.query<unknown[]>(
          `INSERT INTO digest_run (day) VALUES ($1) ON CONFLICT DO NOTHING RETURNING day`,
          [day],
        );
        if (claimed.length === 0) return 0;
      }
      const held = await manager.query<HeldRow[]>(
        `SELECT id, recipient, language, subject FROM delivery WHERE status = 'held'
          ORDER BY seq FOR UPDATE SKIP LOCKED`,
      );
      const byRecipient = new Map<string, HeldRow[]>();
      for (const row of held)
        byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
      for (const [recipient, rows] of byRecipient) {
        const digestId = randomUUID();
        const language = rows[rows.length - 1]?.language ?? 'da';
        const message = this.templates.render('digest', language, {
          count: String(rows.length),
          items: rows.map((row) => `- ${row.subject}`).join('\n'),
        });
        await manager.query(
          `INSERT INTO delivery (id, dedupe_key, channel, recipient, language, subject, body, status, next_attempt_at)
           VALUES ($1, $2, 'email', $3, $4, $5, $6, 'pending', now())`,
          [digestId, `digest:${digestId}`, recipient, language, message.subject, message.body],
        );
        await manager.query(`UPDATE delivery SET status = 'digested', digest_id = $1 WHERE id = ANY($2)`, [
          digestId,
          rows.map((row) => row.id),
        ]);
      }
      return byRecipient.size;
    });
  }
}
