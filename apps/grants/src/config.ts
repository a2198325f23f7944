import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const schema = z.object({
  GRANTS_HOST: z.string().default('127.0.0.1'),
  GRANTS_PORT: z.coerce.number().int().min(0).max(65_535).default(3003),
  GRANTS_DATABASE: z.string().default('samvirke_grants'),
});

export type GrantsConfig = z.infer<typeof schema>;

export function grantsConfig(): GrantsConfig {
  return loadConfig(schema);
}
