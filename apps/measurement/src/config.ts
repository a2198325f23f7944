import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const schema = z.object({
  MEASUREMENT_HOST: z.string().default('127.0.0.1'),
  MEASUREMENT_PORT: z.coerce.number().int().min(0).max(65_535).default(3002),
  MEASUREMENT_DATABASE: z.string().default('samvirke_measurement'),
});

export type MeasurementConfig = z.infer<typeof schema>;

export function measurementConfig(): MeasurementConfig {
  return loadConfig(schema);
}
