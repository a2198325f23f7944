import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarFeedDto, CalendarFeedWithToken } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { renderCalendar } from './calendar.rules.js';
import { CalendarStore } from './calendar.store.js';

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const YEAR_MS = 365 * 86_400_000;

/**
 * Each person's calendar feed. Only the token's SHA-256 is stored: the address is shown once, and
 * a leaked database does not give anyone's calendar away. The feed shows the programmes of the
 * organisations the person's token named when the feed was made or last renewed.
 */
@Injectable()
export class CalendarService {
  constructor(private readonly dataSource: DataSource) {}

  async feed(principal: Principal): Promise<CalendarFeedDto> {
    const feed = await new CalendarStore(this.dataSource.manager).feedOf(principal.subject);
    return { active: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  async renew(principal: Principal): Promise<CalendarFeedWithToken> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await new CalendarStore(this.dataSource.manager).renew(
      principal.subject,
      hashOf(token),
      principal.organisations,
      now,
    );
    return {
      active: true,
      createdAt: now.toISOString(),
      token,
      path: `/api/notifications/calendar/feeds/${token}`,
    };
  }

  async revoke(principal: Principal): Promise<void> {
    await new CalendarStore(this.dataSource.manager).revoke(principal.subject);
  }

  /** The feed of a token as iCalendar text; an unknown or stopped token is 404 like a wrong address. */
  async ics(token: string, now = new Date()): Promise<string> {
    const store = new CalendarStore(this.dataSource.manager);
    const feed = TOKEN.test(token) ? await store.feedByHash(hashOf(token)) : undefined;
    if (!feed) throw new DomainError('not-found', 'No calendar feed at this address.');
    const entries = await store.entriesFor(feed.organisationIds, new Date(now.getTime() - YEAR_MS));
    return renderCalendar(entries, feed.language);
  }
}
