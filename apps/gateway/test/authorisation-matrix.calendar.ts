/** The authorisation matrix's rows for the calendar feeds and the unsubscribe links (notifications). */
import { ALLOW, type Expectation, type MatrixRow } from './authorisation-matrix.types.js';

/** Every signed-in caller has a feed of their own; nobody touches another's. */
const OWN_FEED: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [ALLOW, ALLOW],
  'backbone-coordinator': [ALLOW, ALLOW],
  reporter: [ALLOW, ALLOW],
  'partner-member': [ALLOW, ALLOW],
  integration: [ALLOW, ALLOW],
};

export const CALENDAR_MATRIX: Readonly<Record<string, MatrixRow>> = {
  getCalendarFeed: { request: () => ({}), expect: OWN_FEED, allowed: [200] },
  renewCalendarFeed: { request: () => ({}), expect: OWN_FEED, allowed: [201] },
  revokeCalendarFeed: { request: () => ({}), expect: OWN_FEED, allowed: [204] },
  // The address is the key: no bearer token needed, and one nobody was given is 404 for everyone.
  calendarFeedIcs: {
    request: () => ({ params: { token: 'x'.repeat(43) } }),
    expect: OWN_FEED,
    allowed: [404],
    allowedDetail: /No calendar feed/,
    anonymous: 404,
  },
  // The signed link is the key: no bearer token needed; one whose signature does not hold is 400
  // for everyone, signed in or not, and changes nothing.
  getUnsubscribeLink: {
    request: () => ({ params: { token: 'v1.eyJlIjoiMCJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } }),
    expect: OWN_FEED,
    allowed: [400],
    anonymous: 400,
  },
  unsubscribe: {
    request: () => ({
      params: { token: 'v1.eyJlIjoiMCJ9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      text: { contentType: 'application/x-www-form-urlencoded', body: 'List-Unsubscribe=One-Click' },
    }),
    expect: OWN_FEED,
    allowed: [400],
    anonymous: 400,
  },
};
