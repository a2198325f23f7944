import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const schema = z.object({
  GRANTS_HOST: z.string().default('127.0.0.1'),
  GRANTS_PORT: z.coerce.number().int().min(0).max(65_535).default(3003),
  GRANTS_DATABASE: z.string().default('samvirke_grants'),
  /** Largest file a report may have attached (413 beyond it); the gateway's GATEWAY_BODY_LIMIT must allow it. */
  GRANTS_ATTACHMENT_LIMIT: z.string().default('10mb'),
  /**
   * S3-compatible object storage for report attachments: S3Mock from infra-up in development and
   * tests, MinIO or AWS S3 in production (e.g. https://s3.eu-north-1.amazonaws.com with
   * S3_FORCE_PATH_STYLE=false and real keys).
   */
  S3_ENDPOINT: z.url().default('http://127.0.0.1:9090'),
  S3_REGION: z.string().default('eu-north-1'),
  S3_BUCKET: z.string().default('samvirke-attachments'),
  S3_ACCESS_KEY_ID: z.string().default('samvirke-dev'),
  S3_SECRET_ACCESS_KEY: z.string().default('samvirke-dev'),
  /** Path-style URLs (http://host/bucket/key), as S3Mock and MinIO want; false for AWS virtual hosts. */
  S3_FORCE_PATH_STYLE: z.stringbool().default(true),
});

export type GrantsConfig = z.infer<typeof schema>;

export function grantsConfig(): GrantsConfig {
  return loadConfig(schema);
}
