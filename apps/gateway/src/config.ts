import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';
import { UpstreamPool } from './proxy/upstream-pool.js';

const url = z.url({ protocol: /^https?$/ });
/** One service's instances: one URL, or several comma-separated (the gateway balances over them). */
const instances = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine(
      (value) => splitUrls(value).every((item) => url.safeParse(item).success) && splitUrls(value).length > 0,
      {
        message: 'one or more http(s) URLs, comma-separated',
      },
    );

function splitUrls(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const schema = z.object({
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  // Report attachments (grants) are up to 10 MB of raw bytes; every other body is JSON or CSV well below.
  GATEWAY_BODY_LIMIT: z.string().default('10mb'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  PARTNERS_URL: instances('http://127.0.0.1:3001'),
  MEASUREMENT_URL: instances('http://127.0.0.1:3002'),
  GRANTS_URL: instances('http://127.0.0.1:3003'),
  NOTIFICATIONS_URL: instances('http://127.0.0.1:3004'),
  FEED_URL: instances('http://127.0.0.1:3005'),
  /** Requests each client (token's service account client, else its subject, else the IP) may make per window. */
  GATEWAY_RATE_LIMIT: z.coerce.number().int().positive().default(600_000),
  GATEWAY_RATE_WINDOW_MS: z.coerce.number().int().positive().default(60_000),
  /** Browser origins allowed by CORS, comma-separated (the portal). */
  PORTAL_ORIGIN: z.string().default('http://127.0.0.1:5173'),
  /** Strict-Transport-Security value, e.g. `max-age=31536000; includeSubDomains`; empty: not sent. */
  GATEWAY_HSTS: z.string().default(''),
  /**
   * Prometheus metrics are not served on the public port but on this one (GET /metrics), bound to
   * METRICS_HOST: only the scraper should reach it. 0 takes any free port.
   */
  METRICS_HOST: z.string().default('127.0.0.1'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(9464),
  /** Where the AsyncAPI document says the Kafka brokers and topics are. */
  KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  KAFKA_TOPIC_PREFIX: z.string().default(''),
});

export type GatewayConfig = z.infer<typeof schema>;

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function gatewayConfig(): GatewayConfig {
  return loadConfig(schema);
}

export function upstreams(config: GatewayConfig): Readonly<Record<string, string>> {
  return {
    partners: config.PARTNERS_URL,
    measurement: config.MEASUREMENT_URL,
    grants: config.GRANTS_URL,
    notifications: config.NOTIFICATIONS_URL,
    feed: config.FEED_URL,
  };
}

/** The services behind /api/<name>/, by name, each with its instances. */
export function upstreamTargets(config: GatewayConfig): ReadonlyMap<string, UpstreamPool> {
  return new Map(
    Object.entries(upstreams(config)).map(([name, urls]) => [
      name,
      new UpstreamPool(splitUrls(urls).map((item) => new URL(item))),
    ]),
  );
}

export function portalOrigins(config: GatewayConfig): readonly string[] {
  return config.PORTAL_ORIGIN.split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
}
