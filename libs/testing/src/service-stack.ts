import { dropSchema, uniqueSuiteId } from './isolation.js';
import { migrateService, startService, type RunningService } from './service-process.js';

/** Domain services and the gateway in front of them, in one suite's own schema and topic prefix. */
export interface ServiceStack {
  readonly gateway: RunningService;
  /** The suite's schema and topic prefix (without the dot). */
  readonly suite: string;
  /** Ends every process and drops the suite's schema. */
  stop(): Promise<void>;
}

/**
 * The services as processes from dist/ (as `npm start` runs them), each migrated first, in a fresh
 * schema and topic prefix, and the gateway forwarding to them (`gatewayEnv` adds to its settings,
 * `serviceEnv` to the services'). The services write no identity provider in the shared Keycloak
 * (FEDERATION_SAML_IDPS empty) unless `serviceEnv` names one.
 */
export async function startServiceStack(
  label: string,
  services: readonly string[],
  gatewayEnv: NodeJS.ProcessEnv = {},
  serviceEnv: NodeJS.ProcessEnv = {},
): Promise<ServiceStack> {
  const suite = uniqueSuiteId(label);
  const env = {
    DATABASE_SCHEMA: suite,
    KAFKA_TOPIC_PREFIX: `${suite}.`,
    OUTBOX_POLL_INTERVAL_MS: '300',
    FEDERATION_SAML_IDPS: '',
    ...serviceEnv,
  };
  await Promise.all(services.map((name) => migrateService(name, env)));
  const running = await Promise.all(
    services.map((name) => startService(name, `${name.toUpperCase()}_PORT`, env)),
  );
  const urls = Object.fromEntries(
    running.map((service) => [`${service.name.toUpperCase()}_URL`, service.url]),
  );
  const gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, ...urls, ...gatewayEnv });
  return {
    gateway,
    suite,
    stop: async () => {
      await Promise.all([...running, gateway].map((service) => service.stop()));
      await dropSchema(
        suite,
        services.map((name) => `samvirke_${name}`),
      );
    },
  };
}
