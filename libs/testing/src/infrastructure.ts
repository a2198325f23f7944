import { existsSync } from 'node:fs';

export interface Infrastructure {
  readonly postgres: { host: string; port: number; user: string };
  readonly kafkaBrokers: string[];
  readonly keycloakUrl: string;
  /** S3-compatible object storage (S3Mock): the S3 API's endpoint and the attachments' bucket. */
  readonly objectStorage: { endpoint: string; bucket: string };
  /** Stops what this process started (testcontainers); a no-op for servers given in the environment. */
  readonly stop: () => Promise<void>;
}

const HOW_TO =
  'Either run the suite through `npm test` (it starts PostgreSQL databases, Kafka and Keycloak with ' +
  'infra/bin/infra-up and exports PGHOST, KAFKA_BROKERS, KEYCLOAK_URL and S3_ENDPOINT), set those variables to servers ' +
  'you run yourself, or provide a Docker engine so testcontainers can start them.';

let resolved: Promise<Infrastructure> | undefined;

/**
 * Finds the real servers the integration and end-to-end tests use. Addresses in the environment
 * win; otherwise testcontainers starts them when Docker is reachable; otherwise it says how.
 */
export function infrastructure(env: NodeJS.ProcessEnv = process.env): Promise<Infrastructure> {
  resolved ??= resolve(env);
  return resolved;
}

async function resolve(env: NodeJS.ProcessEnv): Promise<Infrastructure> {
  if (env['KAFKA_BROKERS'] && env['KEYCLOAK_URL'] && env['PGHOST']) {
    return {
      postgres: {
        host: env['PGHOST'],
        port: Number(env['PGPORT'] ?? 5432),
        user: env['PGUSER'] ?? 'postgres',
      },
      kafkaBrokers: env['KAFKA_BROKERS'].split(','),
      keycloakUrl: env['KEYCLOAK_URL'],
      // infra-up's S3Mock unless S3_ENDPOINT names another S3-compatible server.
      objectStorage: {
        endpoint: env['S3_ENDPOINT'] ?? `http://127.0.0.1:${env['S3_PORT'] ?? 9090}`,
        bucket: env['S3_BUCKET'] ?? 'samvirke-attachments',
      },
      stop: () => Promise.resolve(),
    };
  }
  if (dockerAvailable(env)) {
    const { startContainers } = await import('./containers.js');
    return startContainers(env);
  }
  throw new Error(`No PostgreSQL, Kafka and Keycloak to test against. ${HOW_TO}`);
}

function dockerAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env['DOCKER_HOST']) || existsSync('/var/run/docker.sock');
}
