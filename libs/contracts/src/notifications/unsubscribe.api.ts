import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { unsubscribeLinkSchema } from './unsubscribe.dto.js';

const LINK =
  'No bearer token: the HMAC-signed token in the address is the key (the link is in the e-mail, the reader is not logged in). A tampered or malformed token gets 400, an expired one 410, a critical category 422.';

/** Signed unsubscribe links of non-critical e-mails (notifications; RFC 8058 one-click). */
export const UNSUBSCRIBE_OPERATIONS: readonly HttpOperation[] = [
  op.get('getUnsubscribeLink', '/unsubscribe/{token}', {
    summary: 'What an unsubscribe link would turn off (changes nothing, so link scanners are harmless)',
    ...access(LINK).answers(unsubscribeLinkSchema, 410, 422),
  }),
  op.post('unsubscribe', '/unsubscribe/{token}', {
    summary:
      "Turn the link's categories' e-mails off for the address it was sent to (RFC 8058 one-click POST; again is harmless)",
    bodyType: 'application/x-www-form-urlencoded',
    ...access(LINK).answers(unsubscribeLinkSchema, 410, 422),
  }),
];
