import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const schema = z.object({
  /**
   * `auto` (default): serve the feed and run the public projector when the gateway's database is
   * migrated, else run the proxy alone and say so in the log; `on`: refuse to start without it.
   */
  GATEWAY_FEED: z.enum(['auto', 'on', 'off']).default('auto'),
  GATEWAY_DATABASE: z.string().default('samvirke_gateway'),
  /** Feed entries older than this are removed; a cursor before them gets 410. */
  FEED_RETENTION_DAYS: z.coerce.number().positive().default(30),
  /** Keycloak clients that get Kafka ACLs for the public topics (see kafka-access.ts). */
  FEED_KAFKA_CLIENTS: z
    .string()
    .default('samvirke-integration-demo,samvirke-integration-other')
    .transform((value) =>
      value
        .split(',')
        .map((client) => client.trim())
        .filter(Boolean),
    ),
});

export type FeedConfig = z.infer<typeof schema>;

export const FEED_CONFIG = Symbol('FEED_CONFIG');

export function feedConfig(): FeedConfig {
  return loadConfig(schema);
}
