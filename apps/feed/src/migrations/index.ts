import { messagingMigrations } from '@samvirke/messaging';
import { Feed1764316800900 } from './1764316800900-feed.js';

/** Every migration of the feed's database (samvirke_feed), in order. */
export const feedMigrations = [...messagingMigrations, Feed1764316800900];
