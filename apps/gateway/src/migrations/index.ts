import { messagingMigrations } from '@samvirke/messaging';
import { Feed1764316800900 } from './1764316800900-feed.js';

/** Every migration of the gateway's database (samvirke_gateway), in order. */
export const gatewayMigrations = [...messagingMigrations, Feed1764316800900];
