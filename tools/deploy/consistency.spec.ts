import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HealthController, MetricsController } from '@samvirke/platform';
import { feedConfig } from '../../apps/feed/src/config.js';
import { gatewayConfig, upstreams } from '../../apps/gateway/src/config.js';
import { grantsConfig } from '../../apps/grants/src/config.js';
import { measurementConfig } from '../../apps/measurement/src/config.js';
import { notificationsConfig } from '../../apps/notifications/src/config.js';
import { partnersConfig } from '../../apps/partners/src/config.js';
import { identityAdminConfig } from '../../apps/partners/src/identity-admin.config.js';
import { HEALTH, SERVICES, type EnvVar, type ServiceSpec } from './catalogue.js';
import { LIBRARY_VARIABLES, PLATFORM_VARIABLES, resolveEnv, variablesRead } from './config-probe.js';
import { repoRoot, type K8sObject } from './model.js';
import { renderSize } from './manifests.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';

const production = SIZES.find((size) => size.name === 'production')!;
const objects = Object.values(renderSize(production, EXAMPLE_SITE)).flat();
const find = (kind: string, name: string) =>
  objects.find((item) => item.kind === kind && item.metadata.name === name);

/** Each service's config function and the settings it parses, by service. */
const CONFIGS: Record<ServiceSpec['name'], () => { host: string; port: number; database?: string }> = {
  // Partners reads its identity administration settings with a config of their own.
  partners: () =>
    ((c) => ({ host: c.PARTNERS_HOST, port: c.PARTNERS_PORT, database: c.PARTNERS_DATABASE }))({
      ...identityAdminConfig(),
      ...partnersConfig(),
    }),
  measurement: () =>
    ((c) => ({ host: c.MEASUREMENT_HOST, port: c.MEASUREMENT_PORT, database: c.MEASUREMENT_DATABASE }))(
      measurementConfig(),
    ),
  grants: () =>
    ((c) => ({ host: c.GRANTS_HOST, port: c.GRANTS_PORT, database: c.GRANTS_DATABASE }))(grantsConfig()),
  notifications: () =>
    ((c) => ({ host: c.NOTIFICATIONS_HOST, port: c.NOTIFICATIONS_PORT, database: c.NOTIFICATIONS_DATABASE }))(
      notificationsConfig(),
    ),
  feed: () => ((c) => ({ host: c.FEED_HOST, port: c.FEED_PORT, database: c.FEED_DATABASE }))(feedConfig()),
  gateway: () => ((c) => ({ host: c.GATEWAY_HOST, port: c.GATEWAY_PORT }))(gatewayConfig()),
};

/** Valid stand-ins for secrets whose format the schemas check. */
const STAND_INS = {
  WEBHOOK_SECRET_KEY: 'ab'.repeat(32),
  UNSUBSCRIBE_SECRET: 'u'.repeat(40),
  SMTP_PORT: '465',
};

function knownVariables(service: ServiceSpec, env: Record<string, string>): Set<string> {
  const { read } = variablesRead(CONFIGS[service.name], env);
  const libraries = service.database ? [...LIBRARY_VARIABLES.database, ...LIBRARY_VARIABLES.messaging] : [];
  return new Set([...read, ...libraries, ...LIBRARY_VARIABLES.auth, ...PLATFORM_VARIABLES]);
}

interface Container {
  env: EnvVar[];
  ports: { name: string; containerPort: number }[];
  livenessProbe: { httpGet: { path: string } };
  readinessProbe: { httpGet: { path: string } };
}
const container = (item: K8sObject | undefined): Container =>
  (item?.['spec'] as { template: { spec: { containers: Container[] } } }).template.spec.containers[0];

describe.each(SERVICES.map((service) => [service.name, service] as const))(
  'the %s Deployment and the code',
  (name, service) => {
    const { env, ports, livenessProbe, readinessProbe } = container(find('Deployment', name));
    const values = resolveEnv(env, STAND_INS);

    it('sets only variables the service reads', () => {
      const known = knownVariables(service, { ...values, NOT_A_SAMVIRKE_SETTING: 'x' });
      expect(known.has('NOT_A_SAMVIRKE_SETTING')).toBe(false);
      expect(env.map((item) => item.name).filter((variable) => !known.has(variable))).toEqual([]);
    });

    it('gives the service a configuration it accepts, listening on the container port on every interface', () => {
      const { parsed } = variablesRead(CONFIGS[name], values);
      expect(parsed.host).toBe('0.0.0.0');
      expect(ports.find((port) => port.name === 'http')?.containerPort).toBe(parsed.port);
      expect(parsed.port).toBe(service.port);
    });

    it('probes the paths the platform health controller serves', () => {
      expect(`/${Reflect.getMetadata('path', HealthController.prototype.live) as string}`).toBe(HEALTH.live);
      expect(`/${Reflect.getMetadata('path', HealthController.prototype.ready) as string}`).toBe(
        HEALTH.ready,
      );
      expect(`/${Reflect.getMetadata('path', MetricsController.prototype.metrics) as string}`).toBe(
        HEALTH.metrics,
      );
      expect([livenessProbe.httpGet.path, readinessProbe.httpGet.path]).toEqual([HEALTH.live, HEALTH.ready]);
    });

    if (service.database) {
      it('connects to its own database, which CloudNativePG creates and its role owns', () => {
        const { parsed } = variablesRead(CONFIGS[name], values);
        const database = objects.find(
          (item) => item.kind === 'Database' && (item['spec'] as { name: string }).name === parsed.database,
        );
        expect(database?.['spec']).toMatchObject({ name: service.database, owner: service.database });
        expect(values['PGUSER']).toBe('secret');
      });
    }
  },
);

describe('the gateway Deployment', () => {
  it('forwards to each service at its Service and port', () => {
    const values = resolveEnv(container(find('Deployment', 'gateway')).env);
    const { parsed } = variablesRead(gatewayConfig, values);
    for (const [name, url] of Object.entries(upstreams(parsed))) {
      const target = SERVICES.find((service) => service.name === name);
      expect(new URL(url).host).toBe(`${name}:${target?.port}`);
      expect(find('Service', name)).toBeDefined();
    }
  });
});

/** docker-compose.yml, the single-host path, checked the same way (the Dockerfile picks the service by SAMVIRKE_SERVICE). */
describe('docker-compose.yml and the code', () => {
  interface ComposeService {
    environment?: Record<string, string | number>;
    ports?: string[];
    network_mode?: string;
  }
  const compose = parse(readFileSync(join(repoRoot(), 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };

  it('runs every service of the deployment and nothing else of ours', () => {
    const infrastructure = ['postgres', 'kafka', 'kafka-provision', 'keycloak', 's3mock'];
    expect(
      Object.keys(compose.services)
        .filter((name) => !infrastructure.includes(name))
        .sort(),
    ).toEqual(SERVICES.map((service) => service.name).sort());
  });

  it.each(SERVICES.map((service) => [service.name, service] as const))(
    '%s: variables it reads, its port, its database',
    (name, service) => {
      const entry = compose.services[name];
      const values = Object.fromEntries(
        Object.entries(entry.environment ?? {}).map(([key, value]) => [key, String(value)]),
      );
      expect(values['SAMVIRKE_SERVICE']).toBe(name);
      const known = knownVariables(service, values);
      expect(
        Object.keys(values).filter((variable) => variable !== 'SAMVIRKE_SERVICE' && !known.has(variable)),
      ).toEqual([]);
      const { parsed } = variablesRead(CONFIGS[name], values);
      // Host networking: each service on its own port of the host, the port Kubernetes uses too.
      expect(entry.network_mode).toBe('host');
      expect(parsed.port).toBe(service.port);
      expect(parsed.database).toBe(service.database);
    },
  );

  it("creates each service's database when PostgreSQL starts (infra/docker/postgres-init.sql)", () => {
    const sql = readFileSync(join(repoRoot(), 'infra', 'docker', 'postgres-init.sql'), 'utf8');
    const created = [...sql.matchAll(/^CREATE DATABASE (\w+);/gm)].map((match) => match[1]);
    expect(created.sort()).toEqual(
      SERVICES.flatMap((service) => (service.database ? [service.database] : [])).sort(),
    );
  });

  // Kafka runs on the host network, on the port its listener is rendered with (compose-kafka.spec.ts).
  it('publishes PostgreSQL and Keycloak where the services look for them', () => {
    const env = compose.services['partners'].environment ?? {};
    expect(compose.services['postgres']?.ports).toContain(`127.0.0.1:${String(env['PGPORT'])}:5432`);
    expect(compose.services['keycloak']?.ports).toContain(
      `${new URL(String(env['KEYCLOAK_URL'])).host}:8080`,
    );
  });
});
