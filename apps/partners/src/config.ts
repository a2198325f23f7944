import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const schema = z.object({
  PARTNERS_HOST: z.string().default('127.0.0.1'),
  PARTNERS_PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
  PARTNERS_DATABASE: z.string().default('samvirke_partners'),
});

export type PartnersConfig = z.infer<typeof schema>;

export function partnersConfig(): PartnersConfig {
  return loadConfig(schema);
}
