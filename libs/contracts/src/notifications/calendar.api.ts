import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { calendarFeedSchema, calendarFeedWithTokenSchema } from './calendar.dto.js';

const OWN = "The caller's own feed (every signed-in person has one to make).";

/** The iCalendar feed of a person's programmes (notifications). */
export const CALENDAR_OPERATIONS: readonly HttpOperation[] = [
  op.get('getCalendarFeed', '/calendar/feed', {
    summary: 'Whether the caller has a calendar feed, and since when (never the token)',
    ...access(OWN).answers(calendarFeedSchema),
  }),
  op.create('renewCalendarFeed', '/calendar/feed', {
    summary: 'Make the calendar feed, or renew its private address (the old one stops working)',
    ...access(`${OWN} The token is shown only in this answer.`).answers(calendarFeedWithTokenSchema),
  }),
  op.delete('revokeCalendarFeed', '/calendar/feed', {
    summary: 'Stop the calendar feed (its address answers 404 from now on)',
    description: OWN,
  }),
  op.get('calendarFeedIcs', '/calendar/feeds/{token}', {
    summary:
      "The iCalendar (RFC 5545) feed of the token's person: reporting deadlines and grant call deadlines of their programmes",
    responseType: 'text/calendar',
    ...access(
      'No bearer token: the private token in the address is the key (calendar programs cannot log in). An unknown, renewed or stopped token gets 404.',
    ).answers(z.string(), 404),
  }),
];
