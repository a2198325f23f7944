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
interface IdentityProvider {
  alias: string;
  displayName?: string;
  config: Record<string, string>;
  [field: string]: unknown;
}
interface IdentityProviderMapper {
  name: string;
  identityProviderAlias: string;
  identityProviderMapper: string;
  [field: string]: unknown;
}
interface Realm {
  clients: RealmClient[];
  users?: unknown[];
  identityProviders?: IdentityProvider[];
  identityProviderMappers?: IdentityProviderMapper[];
  [field: string]: unknown;
}

/** The development realm's SAML IdP (the demo municipal IdP) that a brokered SAML IdP is modelled on. */
const SAML_TEMPLATE = 'kommune-idp';

/** The Secret holding a brokered IdP's signing certificate, and the realm import's placeholder for it. */
export const idpCertificateSecret = (alias: string): string => `samvirke-idp-${alias}`;
const idpCertificatePlaceholder = (alias: string): string =>
  `${alias.toUpperCase().replaceAll('-', '_')}_SIGNING_CERTIFICATE`;

/**
 * The site's SAML IdPs, each as the demo municipal IdP is configured (signed assertions, the
 * OIOSAML attributes, just-in-time users, the organisation check after login) but with its own
 * addresses and certificate. Organisation mappers (CVR → the organisation's group) are per
 * connected organisation and are not rendered: docs/deploy.md says how they are added.
 */
function brokeredIdps(
  site: Site,
  realm: Realm,
): Pick<Realm, 'identityProviders' | 'identityProviderMappers'> {
  const template = realm.identityProviders?.find((idp) => idp.alias === SAML_TEMPLATE);
  if (!template)
    throw new Error(`the realm has no ${SAML_TEMPLATE} identity provider to model brokered IdPs on`);
  const mappers = (realm.identityProviderMappers ?? []).filter(
    (mapper) =>
      mapper.identityProviderAlias === SAML_TEMPLATE &&
      mapper.identityProviderMapper !== 'saml-advanced-group-idp-mapper',
  );
  return {
    identityProviders: site.samlIdentityProviders.map((idp) => ({
      ...template,
      alias: idp.alias,
      displayName: idp.displayName,
      config: {
        ...template.config,
        idpEntityId: idp.entityId,
        singleSignOnServiceUrl: idp.singleSignOnServiceUrl,
        singleLogoutServiceUrl: idp.singleSignOnServiceUrl,
        signingCertificate: `\${${idpCertificatePlaceholder(idp.alias)}}`,
        entityId: `https://${site.authHost}/realms/samvirke`,
      },
    })),
    identityProviderMappers: site.samlIdentityProviders.flatMap((idp) =>
      mappers.map((mapper) => {
        const { id: _id, ...rest } = mapper;
        return { ...rest, identityProviderAlias: idp.alias };
      }),
    ),
  };
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
  return {
    ...rest,
    ...brokeredIdps(site, realm),
    sslRequired: 'external',
    bruteForceProtected: true,
    clients,
  };
}

export function keycloakObjects(size: DeploymentSize, site: Site): K8sObject[] {
  const realm = clusterRealm(site);
  type Placeholder = [string, { secret: { name: string; key: string } }];
  const placeholders = Object.fromEntries([
    ...realm.clients
      .filter((client) => client.secret?.startsWith('${'))
      .map((client): Placeholder => [
        secretPlaceholder(client.clientId),
        { secret: { name: `samvirke-client-${client.clientId.replace(/^samvirke-/, '')}`, key: 'secret' } },
      ]),
    ...site.samlIdentityProviders.map((idp): Placeholder => [
      idpCertificatePlaceholder(idp.alias),
      { secret: { name: idpCertificateSecret(idp.alias), key: 'certificate' } },
    ]),
  ]);
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
