import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { calendarFeedSchema, calendarFeedWithTokenSchema } from './calendar.dto.js';

const OWN = "The caller's own feed (every signed-in person has one to make).";

/** The iCalendar feed of a person's programmes (notifications). */
export const CALENDAR_OPERATIONS: readonly HttpOperation[] = [
  {
    operationId: 'getCalendarFeed',
    method: 'get',
    path: '/calendar/feed',
    summary: 'Whether the caller has a calendar feed, and since when (never the token)',
    description: OWN,
    status: 200,
    response: calendarFeedSchema,
  },
  {
    operationId: 'renewCalendarFeed',
    method: 'post',
    path: '/calendar/feed',
    summary: 'Make the calendar feed, or renew its private address (the old one stops working)',
    description: `${OWN} The token is shown only in this answer.`,
    status: 201,
    response: calendarFeedWithTokenSchema,
  },
  {
    operationId: 'revokeCalendarFeed',
    method: 'delete',
    path: '/calendar/feed',
    summary: 'Stop the calendar feed (its address answers 404 from now on)',
    description: OWN,
    status: 204,
  },
  {
    operationId: 'calendarFeedIcs',
    method: 'get',
    path: '/calendar/feeds/{token}',
    summary:
      "The iCalendar (RFC 5545) feed of the token's person: reporting deadlines and grant call deadlines of their programmes",
    description:
      'No bearer token: the private token in the address is the key (calendar programs cannot log in). An unknown, renewed or stopped token gets 404.',
    status: 200,
    responseType: 'text/calendar',
    response: z.string(),
    errors: [404],
  },
];
