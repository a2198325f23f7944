import { z } from 'zod';

/** PostgreSQL settings shared by every service; each service names its own database. */
export const databaseEnvSchema = z.object({
  PGHOST: z.string().default('127.0.0.1'),
  PGPORT: z.coerce.number().int().positive().default(5432),
  PGUSER: z.string().default('postgres'),
  PGPASSWORD: z.string().optional(),
  /** Lets each test suite work in its own schema of the service's database. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/)
    .default('public'),
});

export interface DatabaseConfig {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password?: string | undefined;
  readonly database: string;
  readonly schema: string;
}

export function databaseConfigFromEnv(
  database: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseConfig {
  const parsed = databaseEnvSchema.parse(env);
  return {
    host: parsed.PGHOST,
    port: parsed.PGPORT,
    user: parsed.PGUSER,
    password: parsed.PGPASSWORD,
    database,
    schema: parsed.DATABASE_SCHEMA,
  };
}
