import { GRANTS_API } from '../grants/grants.api.js';
import { MEASUREMENT_API } from '../measurement/measurement.api.js';
import { NOTIFICATIONS_API } from '../notifications/notifications.api.js';
import { PARTNERS_API } from '../partners/partners.api.js';
import { FEED_API } from '../public/feed.api.js';
import type { ServiceApi } from './http-operation.js';

/**
 * Every service's HTTP operations, in one visible place: the gateway's OpenAPI document, the
 * OpenAPI validation test and the gateway's authorisation matrix all read this list, so a new
 * service's API is one line here (and rows in apps/gateway/test/authorisation-matrix.table.ts).
 */
export const HTTP_APIS: readonly ServiceApi[] = [
  PARTNERS_API,
  MEASUREMENT_API,
  GRANTS_API,
  NOTIFICATIONS_API,
  FEED_API,
];
