import { Global, Module } from '@nestjs/common';
import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';
import { DEVELOPMENT_WEBHOOK_SECRET_KEY, parseSecretKey } from './webhooks/secret-box.js';

/** Delays in milliseconds between attempts, e.g. "5000,300000,1800000"; attempts = delays + 1. */
const schedule = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) => value.split(',').map((part) => Number(part.trim())))
    .pipe(z.array(z.number().int().nonnegative()).min(1).max(50));

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1'));

/** DEVELOPMENT ONLY: the unsubscribe links' signing secret when none is configured. */
export const DEVELOPMENT_UNSUBSCRIBE_SECRET = 'development-only-unsubscribe-secret-not-for-production';

const schema = z.object({
  NOTIFICATIONS_HOST: z.string().default('127.0.0.1'),
  NOTIFICATIONS_PORT: z.coerce.number().int().min(0).max(65_535).default(3004),
  NOTIFICATIONS_DATABASE: z.string().default('samvirke_notifications'),
  /** The SMTP server mails go to; locally the mail catcher (npm start runs it on 1025). */
  SMTP_HOST: z.string().default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(1025),
  SMTP_SECURE: flag(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().default('Samvirke <notifikationer@samvirke.example>'),
  /** Exponential, about 1 s to 30 min (9 attempts over roughly an hour). */
  EMAIL_RETRY_SCHEDULE_MS: schedule('1000,5000,30000,120000,300000,600000,1200000,1800000'),
  /** Exponential over hours, like Svix: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
  WEBHOOK_RETRY_SCHEDULE_MS: schedule('5000,300000,1800000,7200000,18000000,36000000,36000000'),
  /** Each delay is multiplied by a random factor in [1 - jitter, 1 + jitter]. */
  RETRY_JITTER: z.coerce.number().min(0).max(1).default(0.2),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Hosts, IP addresses or CIDR ranges webhooks may reach even though they are private or loopback. */
  WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
  /** Production mode refuses plain http webhook URLs; on by default when NODE_ENV=production. */
  WEBHOOK_REQUIRE_HTTPS: flag(process.env['NODE_ENV'] === 'production'),
  /**
   * Encrypts webhook signing secrets at rest (AES-256-GCM): 32 bytes as 64 hex digits or base64.
   * The default is a DEVELOPMENT key, written in the source, and refused in production.
   */
  WEBHOOK_SECRET_KEY: z
    .string()
    .default(DEVELOPMENT_WEBHOOK_SECRET_KEY)
    .refine((value) => parseSecretKey(value) !== undefined, '32 bytes as 64 hex digits or base64')
    .refine(
      (value) => process.env['NODE_ENV'] !== 'production' || value !== DEVELOPMENT_WEBHOOK_SECRET_KEY,
      'set a key of your own in production; the default is the development key',
    )
    .transform((value) => parseSecretKey(value) ?? Buffer.alloc(0)),
  DELIVERY_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  DELIVERY_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  /** The daily digest goes out once a day from this hour, Copenhagen time. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  DIGEST_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  /**
   * Signs the unsubscribe links of non-critical e-mails (HMAC-SHA-256). The default is a DEVELOPMENT
   * value, written in the source, and refused in production; changing it voids every link sent.
   */
  UNSUBSCRIBE_SECRET: z
    .string()
    .min(32)
    .default(DEVELOPMENT_UNSUBSCRIBE_SECRET)
    .refine(
      (value) => process.env['NODE_ENV'] !== 'production' || value !== DEVELOPMENT_UNSUBSCRIBE_SECRET,
      'set a secret of your own in production; the default is the development secret',
    ),
  /** How long an unsubscribe link works after the e-mail was written. */
  UNSUBSCRIBE_LINK_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Where readers open the portal (the unsubscribe page in e-mails). */
  PORTAL_URL: z.string().default('http://127.0.0.1:5173'),
  /** Where mail programs reach the gateway (the List-Unsubscribe one-click address). */
  PUBLIC_API_URL: z.string().default('http://127.0.0.1:3000'),
});

export type NotificationsConfig = z.infer<typeof schema>;

export function notificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  return loadConfig(schema, env);
}

/** Injection token of the validated configuration. */
export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');

/** The validated configuration, read once at start and injectable everywhere. */
@Global()
@Module({
  providers: [{ provide: NOTIFICATIONS_CONFIG, useFactory: () => notificationsConfig() }],
  exports: [NOTIFICATIONS_CONFIG],
})
export class NotificationsConfigModule {}
