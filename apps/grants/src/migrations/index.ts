import { MessagingTables1764316800000 } from '@samvirke/messaging';

/** Every migration of the grants database, in order (its domain tables arrive with its own issue). */
export const grantsMigrations = [MessagingTables1764316800000];
