import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const schema = z.object({
  NOTIFICATIONS_HOST: z.string().default('127.0.0.1'),
  NOTIFICATIONS_PORT: z.coerce.number().int().min(0).max(65_535).default(3004),
  NOTIFICATIONS_DATABASE: z.string().default('samvirke_notifications'),
});

export type NotificationsConfig = z.infer<typeof schema>;

export function notificationsConfig(): NotificationsConfig {
  return loadConfig(schema);
}
