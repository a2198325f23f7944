import { auditOperations } from '../operations/audit.api.js';
import { deadLetterOperations } from '../operations/dead-letters.api.js';
import type { ServiceApi } from '../http/http-operation.js';
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
    {
      operationId: 'readFeed',
      method: 'get',
      path: '/events',
      summary: 'Public events of the programmes granted to the calling integration client (role integration)',
      description:
        'Cursor-based: pass `next` as `after`. `wait` long-polls up to that many seconds. Events older than the retention horizon are gone: a cursor before it gets 410 with the horizon. Events about organisations carry no programme and are visible to every integration client. Platform admins see every programme.',
      query: feedQuerySchema,
      status: 200,
      response: feedPageSchema,
      errors: [410],
    },
    {
      operationId: 'streamFeed',
      method: 'get',
      path: '/stream',
      summary: 'The same events as server-sent events (id = cursor, event = type, data = the event)',
      description:
        'Resumes after `Last-Event-ID` (or `after`); a comment every 15 s keeps idle connections open. Same access rules as /events, checked again before every batch and at least every second: when the token expires or a programme the stream reads is no longer granted, the last event is `event: closed` with `data: {"reason": "token-expired" | "access-revoked" | "shutting-down", "detail": …}` and the stream ends (reconnect with a new token and `Last-Event-ID`).',
      query: feedStreamQuerySchema,
      status: 200,
      responseType: 'text/event-stream',
      errors: [410],
    },
    {
      operationId: 'listFeedGrants',
      method: 'get',
      path: '/grants',
      summary: 'Which integration clients may read which programmes (platform admins)',
      query: listFeedGrantsQuerySchema,
      status: 200,
      response: feedGrantListSchema,
    },
    {
      operationId: 'grantFeedProgramme',
      method: 'put',
      path: '/grants/{clientId}/programmes/{programmeId}',
      summary: 'Let an integration client read a programme (platform admins); idempotent',
      status: 200,
      response: feedGrantSchema,
      errors: [422],
    },
    {
      operationId: 'revokeFeedProgramme',
      method: 'delete',
      path: '/grants/{clientId}/programmes/{programmeId}',
      summary: 'Take a programme away from an integration client (platform admins)',
      status: 204,
      errors: [404],
    },
    ...deadLetterOperations('feed'),
    ...auditOperations('feed'),
  ],
};
