import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metadata, repoRoot, type K8sObject } from './model.js';
import { databaseSecret, KEYCLOAK, PG_CLUSTER } from './catalogue.js';
import type { DeploymentSize, Site } from './sizes.js';

/**
 * The Keycloak operator's objects: Keycloak on the CloudNativePG cluster, behind its own Ingress
 * with TLS, and the samvirke realm of infra/keycloak/samvirke-realm.json (the one `npm start` and
 * docker-compose import) made fit for a cluster: no demo users, client secrets from Secrets, the
 * portal's public address as its redirect and origin, TLS required for external requests, brute-force
 * detection on.
 */
const API = 'k8s.keycloak.org/v2alpha1';
const REALM_FILE = join(repoRoot(), 'infra', 'keycloak', 'samvirke-realm.json');

interface RealmClient {
  clientId: string;
  secret?: string;
  redirectUris?: string[];
  webOrigins?: string[];
  serviceAccountsEnabled?: boolean;
  [field: string]: unknown;
}
interface Realm {
  clients: RealmClient[];
  users?: unknown[];
  [field: string]: unknown;
}

export function readRealm(): Realm {
  return JSON.parse(readFileSync(REALM_FILE, 'utf8')) as Realm;
}

/** The placeholder the operator fills from a Secret for a confidential client's secret. */
export const secretPlaceholder = (clientId: string): string =>
  `${clientId.toUpperCase().replaceAll('-', '_')}_SECRET`;

/** Integration clients of the realm: confidential clients with a service account (Kafka principals). */
export function integrationClients(realm: Realm = readRealm()): string[] {
  return realm.clients
    .filter(
      (client) =>
        client.serviceAccountsEnabled === true && client.clientId.startsWith('samvirke-integration-'),
    )
    .map((client) => client.clientId);
}

/**
 * Realm fields Keycloak 26.5 exports that the operator's CRD of 26.0 (../shared/k8s-crds) does not
 * know, with Keycloak's defaults: left out when the realm has the default, so nothing changes.
 */
export const DEFAULTED_FIELDS: Readonly<Record<string, unknown>> = {
  bruteForceStrategy: 'MULTIPLE',
  verifiableCredentialsEnabled: false,
  adminPermissionsEnabled: false,
};

function withoutDefaults(realm: Realm): Realm {
  return Object.fromEntries(
    Object.entries(realm).filter(
      ([key, value]) => !(key in DEFAULTED_FIELDS) || DEFAULTED_FIELDS[key] !== value,
    ),
  ) as Realm;
}

export function clusterRealm(site: Site, realm: Realm = readRealm()): Realm {
  const clients = realm.clients.map((client): RealmClient => {
    if (client.clientId === 'samvirke-portal')
      return {
        ...client,
        redirectUris: [`https://${site.portalHost}/*`],
        webOrigins: [`https://${site.portalHost}`],
        // Only the cluster's portal, never the development ports, after logging out either.
        attributes: {
          ...(client['attributes'] as Record<string, string> | undefined),
          'post.logout.redirect.uris': `https://${site.portalHost}/*`,
        },
      };
    if (client.secret !== undefined && client.clientId.startsWith('samvirke-'))
      return { ...client, secret: `\${${secretPlaceholder(client.clientId)}}` };
    return client;
  });
  // The demo users and the demo identity providers (the municipal IdP and the Entra-style one run
  // as realms of the development Keycloak) stay behind; a cluster connects the real IdPs
  // (docs/identity.md).
  const {
    users: _demoUsers,
    identityProviders: _demoIdps,
    identityProviderMappers: _demoIdpMappers,
    ...rest
  } = withoutDefaults(realm);
  // The development realm leaves brute-force detection off (tests log in often); a cluster has it on.
  return { ...rest, sslRequired: 'external', bruteForceProtected: true, clients };
}

export function keycloakObjects(size: DeploymentSize, site: Site): K8sObject[] {
  const realm = clusterRealm(site);
  const placeholders = Object.fromEntries(
    realm.clients
      .filter((client) => client.secret?.startsWith('${'))
      .map((client) => [
        secretPlaceholder(client.clientId),
        { secret: { name: `samvirke-client-${client.clientId.replace(/^samvirke-/, '')}`, key: 'secret' } },
      ]),
  );
  return [
    {
      apiVersion: API,
      kind: 'Keycloak',
      metadata: metadata(KEYCLOAK),
      spec: {
        instances: size.keycloakInstances,
        // Built with the theme and the build options below (Dockerfile, target keycloak).
        image: site.keycloakImage,
        startOptimized: true,
        db: {
          vendor: 'postgres',
          host: `${PG_CLUSTER}-rw`,
          port: 5432,
          database: 'keycloak',
          usernameSecret: { name: databaseSecret('keycloak'), key: 'username' },
          passwordSecret: { name: databaseSecret('keycloak'), key: 'password' },
        },
        hostname: { hostname: `https://${site.authHost}`, backchannelDynamic: false },
        http: { tlsSecret: 'samvirke-keycloak-tls' },
        proxy: { headers: 'xforwarded' },
        ingress: { enabled: true, className: site.ingressClass },
        bootstrapAdmin: { user: { secret: 'samvirke-keycloak-admin' } },
      },
    },
    {
      apiVersion: API,
      kind: 'KeycloakRealmImport',
      metadata: metadata('samvirke-realm'),
      spec: { keycloakCRName: KEYCLOAK, realm, placeholders },
    },
  ];
}
