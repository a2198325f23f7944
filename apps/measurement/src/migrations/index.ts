import { MessagingTables1764316800000 } from '@samvirke/messaging';

/** Every migration of the measurement database, in order (its domain tables arrive with its own issue). */
export const measurementMigrations = [MessagingTables1764316800000];
