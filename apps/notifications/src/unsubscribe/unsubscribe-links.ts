import type { NotificationCategory, NotificationLanguage } from '@samvirke/contracts';
import type { NotificationsConfig } from '../config.js';
import { signUnsubscribeToken, unsubscribeUrls, withUnsubscribeFooter } from './unsubscribe.rules.js';

/** An e-mail's text with its unsubscribe line, and the token for its List-Unsubscribe header. */
export interface SignedEmail {
  readonly body: string;
  readonly unsubscribeToken: string;
}

/** Writes the signed unsubscribe link into a non-critical e-mail as it is queued. */
export class UnsubscribeLinks {
  constructor(private readonly config: NotificationsConfig) {}

  sign(
    email: string,
    categories: readonly NotificationCategory[],
    language: NotificationLanguage,
    body: string,
  ): SignedEmail {
    const token = signUnsubscribeToken(
      this.config.UNSUBSCRIBE_SECRET,
      email,
      categories,
      this.config.UNSUBSCRIBE_LINK_TTL_DAYS,
    );
    const urls = unsubscribeUrls({ portal: this.config.PORTAL_URL, api: this.config.PUBLIC_API_URL }, token);
    return { body: withUnsubscribeFooter(body, language, urls.page), unsubscribeToken: token };
  }

  /** The address a mail program posts to (RFC 8058), for the header. */
  oneClickUrl(token: string): string {
    return unsubscribeUrls({ portal: this.config.PORTAL_URL, api: this.config.PUBLIC_API_URL }, token)
      .oneClick;
  }
}
