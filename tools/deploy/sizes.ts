/**
 * The three sizes Samvirke is rendered for. docs/deploy.md prints the same figures; a deployment
 * between two sizes copies the nearer one in this file and renders again.
 */
/** A type, not an interface: Kubernetes' resource maps are indexed by name. */
export type Resources = { readonly cpu: string; readonly memory: string };

export interface DeploymentSize {
  readonly name: 'small' | 'medium' | 'production';
  /** Replicas of each service at rest; the HorizontalPodAutoscaler may go up to `maxReplicas`. */
  readonly replicas: number;
  readonly maxReplicas: number;
  readonly serviceResources: { readonly requests: Resources; readonly limits: Resources };
  /** Kafka controllers and brokers (KRaft), each in a node pool of its own. */
  readonly kafkaControllers: number;
  readonly kafkaBrokers: number;
  readonly kafkaStorage: string;
  readonly postgresInstances: number;
  readonly postgresStorage: string;
  readonly keycloakInstances: number;
  readonly poolerInstances: number;
}

const SMALL: DeploymentSize = {
  name: 'small',
  replicas: 1,
  maxReplicas: 2,
  serviceResources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { cpu: '500m', memory: '384Mi' } },
  kafkaControllers: 1,
  kafkaBrokers: 1,
  kafkaStorage: '20Gi',
  postgresInstances: 1,
  postgresStorage: '10Gi',
  keycloakInstances: 1,
  poolerInstances: 1,
};

/** Three of everything that keeps state: one zone, node or broker may be lost. */
const MEDIUM: DeploymentSize = {
  ...SMALL,
  name: 'medium',
  replicas: 2,
  maxReplicas: 4,
  serviceResources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  ...{ kafkaControllers: 3, kafkaBrokers: 3, kafkaStorage: '50Gi' },
  ...{ postgresInstances: 3, postgresStorage: '50Gi', keycloakInstances: 2, poolerInstances: 2 },
};

const PRODUCTION: DeploymentSize = {
  ...MEDIUM,
  name: 'production',
  replicas: 3,
  maxReplicas: 10,
  serviceResources: { requests: { cpu: '500m', memory: '384Mi' }, limits: { cpu: '2', memory: '768Mi' } },
  ...{ kafkaStorage: '200Gi', postgresStorage: '200Gi', keycloakInstances: 3, poolerInstances: 3 },
};

export const SIZES: readonly DeploymentSize[] = [SMALL, MEDIUM, PRODUCTION];

/**
 * A SAML 2.0 identity provider the cluster's realm brokers, as KOMBIT's Context Handler (OIOSAML)
 * describes itself in its metadata: entity id, single sign-on address and signing certificate
 * (the certificate from a Secret, `samvirke-idp-<alias>`, key `certificate`).
 */
export interface BrokeredSamlIdp {
  readonly alias: string;
  readonly displayName: string;
  readonly entityId: string;
  readonly singleSignOnServiceUrl: string;
}

/** Where a deployment is reached from outside and where its images come from. */
export interface Site {
  readonly apiHost: string;
  readonly portalHost: string;
  readonly authHost: string;
  /** Bootstrap address of the integrations' OAUTHBEARER listener, as integrations reach it. */
  readonly kafkaIntegrationHost: string;
  readonly image: string;
  readonly portalImage: string;
  /** Keycloak with the login theme, built from the Dockerfile's `keycloak` target. */
  readonly keycloakImage: string;
  /** s3://bucket/path where CloudNativePG keeps base backups and WAL. */
  readonly backupPath: string;
  readonly backupEndpoint: string;
  /** S3-compatible storage of grant report attachments (MinIO or AWS S3): endpoint, region and bucket. */
  readonly attachments: { readonly endpoint: string; readonly region: string; readonly bucket: string };
  readonly ingressClass: string;
  readonly clusterIssuer: string;
  /** The identity providers the realm brokers (municipal employees log in through them). */
  readonly samlIdentityProviders: readonly BrokeredSamlIdp[];
}

/** Placeholders a platform team replaces (docs/deploy.md, "Before you render"). */
export const EXAMPLE_SITE: Site = {
  apiHost: 'api.samvirke.example',
  portalHost: 'portal.samvirke.example',
  authHost: 'auth.samvirke.example',
  kafkaIntegrationHost: 'kafka.samvirke.example',
  image: 'registry.samvirke.example/samvirke:0.1.0',
  portalImage: 'registry.samvirke.example/samvirke-portal:0.1.0',
  keycloakImage: 'registry.samvirke.example/samvirke-keycloak:0.1.0',
  backupPath: 's3://samvirke-backups/postgres',
  backupEndpoint: 'https://s3.samvirke.example',
  attachments: {
    endpoint: 'https://s3.samvirke.example',
    region: 'eu-north-1',
    bucket: 'samvirke-attachments',
  },
  ingressClass: 'nginx',
  clusterIssuer: 'letsencrypt',
  // Placeholders: take the entity id and addresses from KOMBIT's Context Handler metadata for
  // your environment (docs/identity.md, "How a municipality or KOMBIT connects").
  samlIdentityProviders: [
    {
      alias: 'kombit-context-handler',
      displayName: 'Log ind med din kommune',
      entityId: 'https://contexthandler.kombit.example/runtime',
      singleSignOnServiceUrl: 'https://contexthandler.kombit.example/runtime/saml2/issue/postredirect',
    },
  ],
};
