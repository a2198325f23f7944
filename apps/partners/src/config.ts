import { z } from 'zod';
import { loadConfig, objectStorageConfigShape } from '@samvirke/platform';

const schema = z.object({
  PARTNERS_HOST: z.string().default('127.0.0.1'),
  PARTNERS_PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
  PARTNERS_DATABASE: z.string().default('samvirke_partners'),
  /** The fewest responses a closed health check round needs before its results show (a round may ask more). */
  HEALTH_CHECK_MIN_RESPONSES: z.coerce.number().int().min(3).max(1000).default(5),
  /** Largest file an announcement may have attached (413 beyond it); the gateway's GATEWAY_BODY_LIMIT must allow it. */
  PARTNERS_ATTACHMENT_LIMIT: z.string().default('10mb'),
  /** S3-compatible object storage for announcement attachments (as grants': S3Mock locally). */
  ...objectStorageConfigShape,
});

export type PartnersConfig = z.infer<typeof schema>;

export function partnersConfig(): PartnersConfig {
  return loadConfig(schema);
}
