import { authEnvSchema } from '@samvirke/auth';
import { messagingEnvSchema } from '@samvirke/messaging';
import { databaseEnvSchema } from '@samvirke/persistence';
import type { EnvVar } from './catalogue.js';

/**
 * Which environment variables a service reads, found by running its config function against an
 * environment that notes every variable asked for (the services' schemas are not exported, and
 * reading them this way cannot drift from them), plus the shared libraries' schemas.
 */
export function variablesRead<T>(
  config: () => T,
  env: Record<string, string>,
): { parsed: T; read: Set<string> } {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key) as unknown;
    },
  });
  const saved = process.env;
  process.env = watched;
  try {
    return { parsed: config(), read };
  } finally {
    process.env = saved;
  }
}

/** Read by libs/platform outside any schema: json-logger.ts, shutdown.ts, and Node's own NODE_ENV. */
export const PLATFORM_VARIABLES = ['NODE_ENV', 'LOG_LEVEL', 'SHUTDOWN_TIMEOUT_MS'];

/** What every service with a database and Kafka reads through the shared libraries. */
export const LIBRARY_VARIABLES = {
  auth: Object.keys(authEnvSchema.shape),
  database: Object.keys(databaseEnvSchema.shape),
  messaging: Object.keys(messagingEnvSchema.shape),
};

/** A container's environment as the service sees it; a secret's value is `secret` (or a valid stand-in). */
export function resolveEnv(
  env: readonly EnvVar[],
  stand: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return Object.fromEntries(
    env.map((item) => [item.name, 'value' in item ? item.value : (stand[item.name] ?? 'secret')]),
  );
}
