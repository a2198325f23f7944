import { HttpException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UnsubscribeLinkDto } from '@samvirke/contracts';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../config.js';
import { verifyUnsubscribeToken, type UnsubscribeClaim } from './unsubscribe.rules.js';
import { optedOutCategories, optOut } from './unsubscribe.store.js';

const REFUSALS = {
  invalid: {
    status: 400,
    type: 'https://samvirke.dk/problems/unsubscribe-link-invalid',
    detail:
      'This unsubscribe link is not valid: it may have been changed or cut short. Use the link from the e-mail as it is.',
  },
  expired: {
    status: 410,
    type: 'https://samvirke.dk/problems/unsubscribe-link-expired',
    detail:
      'This unsubscribe link has expired. Use the link in a newer e-mail, or log in and change your preferences.',
  },
  critical: {
    status: 422,
    type: 'https://samvirke.dk/problems/unsubscribe-critical',
    detail: 'Critical notifications (overdue reporting, payment held) cannot be unsubscribed.',
  },
} as const;

/** Signed unsubscribe links: shown without change (GET), carried out by POST (RFC 8058 one-click). */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async describe(token: string): Promise<UnsubscribeLinkDto> {
    const claim = this.claim(token);
    const off = await optedOutCategories(this.dataSource.manager, claim.emailDigest, claim.categories);
    return this.dto(claim, off.length === claim.categories.length);
  }

  async unsubscribe(token: string): Promise<UnsubscribeLinkDto> {
    const claim = this.claim(token);
    await this.dataSource.transaction((manager) => optOut(manager, claim.emailDigest, claim.categories));
    return this.dto(claim, true);
  }

  private claim(token: string): UnsubscribeClaim {
    const check = verifyUnsubscribeToken(this.config.UNSUBSCRIBE_SECRET, token);
    if (check.ok) return check.claim;
    const refusal = REFUSALS[check.reason];
    throw new HttpException(
      {
        ...refusal,
        title: 'Unsubscribe link refused',
        errors: [{ pointer: '/token', detail: refusal.detail }],
      },
      refusal.status,
    );
  }

  private dto(claim: UnsubscribeClaim, unsubscribed: boolean): UnsubscribeLinkDto {
    return {
      categories: [...claim.categories],
      expiresAt: new Date(claim.expiresAt * 1000).toISOString(),
      unsubscribed,
    };
  }
}
