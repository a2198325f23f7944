import { MessagingTables1764316800000 } from '@samvirke/messaging';
import { Grants1764316800400 } from './1764316800400-grants.js';

/** Every migration of the grants database, in order. */
export const grantsMigrations = [MessagingTables1764316800000, Grants1764316800400];
