import { auditOperations } from '../operations/audit.api.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import type { ServiceApi } from '../http/http-operation.js';
import { access, answers, op } from '../http/operation-builder.js';
import {
  feedStreamQuerySchema,
  feedGrantListSchema,
  feedGrantSchema,
  feedPageSchema,
  feedQuerySchema,
  listFeedGrantsQuerySchema,
} from './feed.dto.js';

/** The feed service's operations for integrations: the event feed and who may read which programme. */
export const FEED_API: ServiceApi = {
  name: 'feed',
  prefix: '/api/feed',
  operations: [
    op.get('readFeed', '/events', {
      summary: 'Public events of the programmes granted to the calling integration client (role integration)',
      query: feedQuerySchema,
      ...access(
        'Cursor-based: pass `next` as `after`. `wait` long-polls up to that many seconds. Events older than the retention horizon are gone: a cursor before it gets 410 with the horizon. Events about organisations carry no programme and are visible to every integration client. Platform admins see every programme.',
      ).answers(feedPageSchema, 410),
    }),
    op.get('streamFeed', '/stream', {
      summary: 'The same events as server-sent events (id = cursor, event = type, data = the event)',
      description:
        'Resumes after `Last-Event-ID` (or `after`); a comment every 15 s keeps idle connections open. Same access rules as /events, checked again before every batch and at least every second: when the token expires or a programme the stream reads is no longer granted, the last event is `event: closed` with `data: {"reason": "token-expired" | "access-revoked" | "shutting-down", "detail": …}` and the stream ends (reconnect with a new token and `Last-Event-ID`).',
      query: feedStreamQuerySchema,
      responseType: 'text/event-stream',
      errors: [410],
    }),
    op.get('listFeedGrants', '/grants', {
      summary: 'Which integration clients may read which programmes (platform admins)',
      query: listFeedGrantsQuerySchema,
      ...answers(feedGrantListSchema),
    }),
    op.put('grantFeedProgramme', '/grants/{clientId}/programmes/{programmeId}', {
      summary: 'Let an integration client read a programme (platform admins); idempotent',
      ...answers(feedGrantSchema, 422),
    }),
    op.delete('revokeFeedProgramme', '/grants/{clientId}/programmes/{programmeId}', {
      summary: 'Take a programme away from an integration client (platform admins)',
      errors: [404],
    }),
    ...deadLetterOperations('feed'),
    ...auditOperations('feed'),
  ],
};
