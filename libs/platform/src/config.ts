import type { z } from 'zod';

/**
 * Reads a service's configuration from the environment through its schema and stops the process
 * with every bad variable named, instead of failing later somewhere less obvious.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new Error(`invalid configuration: ${problems}`);
}
