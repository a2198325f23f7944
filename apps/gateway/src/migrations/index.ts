import { MessagingTables1764316800000 } from '@samvirke/messaging';
import { Feed1764316800900 } from './1764316800900-feed.js';

/** Every migration of the gateway's database (samvirke_gateway), in order. */
export const gatewayMigrations = [MessagingTables1764316800000, Feed1764316800900];
