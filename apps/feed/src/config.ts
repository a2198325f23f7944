import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';
import { KAFKA_CLIENT_ID } from './housekeeping/housekeeping.rules.js';

const schema = z.object({
  FEED_HOST: z.string().default('127.0.0.1'),
  FEED_PORT: z.coerce.number().int().min(0).max(65_535).default(3005),
  FEED_DATABASE: z.string().default('samvirke_feed'),
  /** Feed entries older than this are removed; a cursor before them gets 410. */
  FEED_RETENTION_DAYS: z.coerce.number().positive().default(30),
  /**
   * Keycloak clients that get Kafka ACLs: the organisations' public topic, and the topic of each
   * programme they are granted (see housekeeping/kafka-access.provisioner.ts).
   */
  FEED_KAFKA_CLIENTS: z
    .string()
    .default('samvirke-integration-demo,samvirke-integration-other')
    .transform((value) =>
      value
        .split(',')
        .map((client) => client.trim())
        .filter(Boolean),
    )
    .refine((clients) => clients.every((client) => KAFKA_CLIENT_ID.test(client)), {
      message: 'client ids with Kafka ACLs may hold only letters, digits, - and _ (no dot)',
    }),
  /**
   * The Kafka user that creates the integrations' ACLs (creating ACLs takes ALTER on the cluster,
   * which the feed's own principal does not have): the admin in development, unset where an operator
   * (Strimzi's User Operator, deploy/) owns the ACLs. Unset: the feed's own credentials are tried.
   */
  FEED_KAFKA_ACL_USERNAME: z.string().optional(),
  /** How often the integrations' Kafka ACLs are checked against their grants (also at once after a change). */
  FEED_KAFKA_ACL_SYNC_SECONDS: z.coerce.number().positive().default(60),
  FEED_KAFKA_ACL_PASSWORD: z.string().optional(),
});

export type FeedConfig = z.infer<typeof schema>;

/** Injection token of the validated configuration. */
export const FEED_CONFIG = Symbol('FEED_CONFIG');

export function feedConfig(env: NodeJS.ProcessEnv = process.env): FeedConfig {
  return loadConfig(schema, env);
}
