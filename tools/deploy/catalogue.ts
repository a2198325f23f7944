import { KAFKA_PRINCIPALS, kafkaUserName, type KafkaPrincipalName } from '@samvirke/contracts';
import type { Site } from './sizes.js';

/**
 * What the manifests need to know about each Samvirke service that the code declares elsewhere:
 * its port and database (the defaults of apps/<service>/src/config.ts), its health paths (libs/platform
 * health.ts) and where its metrics are. tools/deploy/consistency.spec.ts checks every figure here
 * against the code, so a change there fails the test instead of a rollout.
 */
export interface ServiceSpec {
  readonly name: 'partners' | 'measurement' | 'grants' | 'notifications' | 'feed' | 'gateway';
  readonly port: number;
  /** The service's own database (none for the gateway). */
  readonly database?: string;
  /** The Kafka principal it connects as (none for the gateway, which only names the brokers). */
  readonly principal?: KafkaPrincipalName;
  /** The gateway serves metrics on a port of its own; the services on their main port. */
  readonly metricsPort?: number;
}

export const HEALTH = { live: '/health/live', ready: '/health/ready', metrics: '/metrics' } as const;

const domain = (name: KafkaPrincipalName, port: number): ServiceSpec => ({
  name,
  port,
  database: `samvirke_${name}`,
  principal: name,
});

export const SERVICES: readonly ServiceSpec[] = [
  domain('partners', 3001),
  domain('measurement', 3002),
  domain('grants', 3003),
  domain('notifications', 3004),
  domain('feed', 3005),
  { name: 'gateway', port: 3000, metricsPort: 9464 },
];

/** The portal: the built single-page app behind a static web server (nginx-unprivileged, port 8080). */
export const PORTAL = { name: 'portal', port: 8080 } as const;

export const PRINCIPAL_NAMES = Object.keys(KAFKA_PRINCIPALS) as KafkaPrincipalName[];

/** In-cluster names of what the services connect to. */
export const KAFKA_CLUSTER = 'samvirke-kafka';
export const PG_CLUSTER = 'samvirke-pg';
export const PG_POOLER = `${PG_CLUSTER}-pooler-rw`;
export const KEYCLOAK = 'samvirke-keycloak';
/** The internal TLS listener with SCRAM-SHA-512 the services use (docs/deploy.md, "Kafka listeners"). */
export const KAFKA_BOOTSTRAP = `${KAFKA_CLUSTER}-kafka-bootstrap:9093`;
/** The Secret in which Strimzi publishes the cluster CA's certificate (key ca.crt). */
export const KAFKA_CA_SECRET = `${KAFKA_CLUSTER}-cluster-ca-cert`;

/** The Secret (basic-auth: username, password) of a service's database role; never committed. */
export const databaseSecret = (service: string): string => `samvirke-db-${service}`;

export type EnvVar =
  | { readonly name: string; readonly value: string }
  | { readonly name: string; readonly valueFrom: { secretKeyRef: { name: string; key: string } } };

const plain = (name: string, value: string | number): EnvVar => ({ name, value: String(value) });
const secret = (name: string, secretName: string, key: string): EnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secretName, key } },
});

/** The environment of a service's container; `pgHost` differs for the migration Job (the primary). */
export function serviceEnv(service: ServiceSpec, site: Site, pgHost = PG_POOLER): EnvVar[] {
  const prefix = service.name.toUpperCase();
  const common = [
    plain('NODE_ENV', 'production'),
    plain(`${prefix}_HOST`, '0.0.0.0'),
    plain(`${prefix}_PORT`, service.port),
    plain('KEYCLOAK_URL', `https://${site.authHost}`),
  ];
  if (service.name === 'gateway') return [...common, ...gatewayEnv(site)];
  return [
    ...common,
    plain(`${prefix}_DATABASE`, service.database ?? ''),
    plain('PGHOST', pgHost),
    plain('PGPORT', 5432),
    secret('PGUSER', databaseSecret(service.name), 'username'),
    secret('PGPASSWORD', databaseSecret(service.name), 'password'),
    plain('KAFKA_BROKERS', KAFKA_BOOTSTRAP),
    ...kafkaIdentityEnv(service),
    ...extraEnv(service.name, site),
  ];
}

/** The service's own Kafka principal: its KafkaUser's SCRAM password (Strimzi's Secret), over TLS. */
function kafkaIdentityEnv(service: ServiceSpec): EnvVar[] {
  if (!service.principal) return [];
  const user = kafkaUserName(service.principal);
  return [
    plain('KAFKA_SSL', 'true'),
    secret('KAFKA_SSL_CA', KAFKA_CA_SECRET, 'ca.crt'),
    plain('KAFKA_SASL_MECHANISM', 'scram-sha-512'),
    plain('KAFKA_SASL_USERNAME', user),
    secret('KAFKA_SASL_PASSWORD', user, 'password'),
  ];
}

function gatewayEnv(site: Site): EnvVar[] {
  const upstreams = SERVICES.filter((service) => service.name !== 'gateway').map((service) =>
    plain(`${service.name.toUpperCase()}_URL`, `http://${service.name}:${service.port}`),
  );
  return [
    ...upstreams,
    plain('PORTAL_ORIGIN', `https://${site.portalHost}`),
    plain('GATEWAY_HSTS', 'max-age=31536000; includeSubDomains'),
    plain('METRICS_HOST', '0.0.0.0'),
    plain('METRICS_PORT', 9464),
    // Named in the AsyncAPI document: where integrations reach the public topics.
    plain('KAFKA_BROKERS', `${site.kafkaIntegrationHost}:9094`),
  ];
}

/** Attachments in S3-compatible storage; its keys in the Secret samvirke-attachments-s3. */
function attachmentStorage(site: Site): EnvVar[] {
  return [
    plain('S3_ENDPOINT', site.attachments.endpoint),
    plain('S3_REGION', site.attachments.region),
    plain('S3_BUCKET', site.attachments.bucket),
    secret('S3_ACCESS_KEY_ID', 'samvirke-attachments-s3', 'ACCESS_KEY_ID'),
    secret('S3_SECRET_ACCESS_KEY', 'samvirke-attachments-s3', 'SECRET_ACCESS_KEY'),
    plain('S3_FORCE_PATH_STYLE', 'true'),
  ];
}

function extraEnv(name: ServiceSpec['name'], site: Site): EnvVar[] {
  switch (name) {
    case 'notifications':
      return [
        secret('WEBHOOK_SECRET_KEY', 'samvirke-webhook-key', 'key'),
        secret('SMTP_HOST', 'samvirke-smtp', 'host'),
        secret('SMTP_PORT', 'samvirke-smtp', 'port'),
        secret('SMTP_USER', 'samvirke-smtp', 'username'),
        secret('SMTP_PASSWORD', 'samvirke-smtp', 'password'),
        plain('SMTP_SECURE', 'true'),
        plain('WEBHOOK_REQUIRE_HTTPS', 'true'),
        // Signs the unsubscribe links in e-mails: the portal page, and the one-click address (RFC 8058).
        secret('UNSUBSCRIBE_SECRET', 'samvirke-unsubscribe-secret', 'secret'),
        plain('PORTAL_URL', `https://${site.portalHost}`),
        plain('PUBLIC_API_URL', `https://${site.apiHost}`),
      ];
    case 'feed':
      // Integration clients get their ACLs from KafkaUsers here, not from the feed at start.
      return [plain('FEED_KAFKA_CLIENTS', '')];
    case 'partners':
      // The least-privilege service account that writes the privilege table into the brokered
      // SAML IdPs' "privilege roles" mappers.
      return [
        secret('IDENTITY_ADMIN_CLIENT_SECRET', 'samvirke-client-identity-admin', 'secret'),
        plain('FEDERATION_SAML_IDPS', site.samlIdentityProviders.map((idp) => idp.alias).join(',')),
        // Announcement attachments, in the same bucket as grants' (under announcements/).
        ...attachmentStorage(site),
      ];
    case 'grants':
      return attachmentStorage(site);
    case 'measurement':
    case 'gateway':
      return [];
  }
}
