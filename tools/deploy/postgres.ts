import { metadata, type K8sObject } from './model.js';
import { databaseSecret, PG_CLUSTER, SERVICES } from './catalogue.js';
import type { DeploymentSize, Site } from './sizes.js';

/**
 * CloudNativePG: one cluster, one database per service owned by a role of its own (so no service
 * can read another's tables), Keycloak's database beside them, a PgBouncer pooler in front, and
 * base backups plus WAL archiving to object storage.
 */
const API = 'postgresql.cnpg.io/v1';
const cluster = { name: PG_CLUSTER };

/** Owners of the databases: each service's, and Keycloak's. */
export function databaseOwners(): { database: string; role: string; secret: string }[] {
  const services = SERVICES.flatMap((service) =>
    service.database
      ? [{ database: service.database, role: service.database, secret: databaseSecret(service.name) }]
      : [],
  );
  return [...services, { database: 'keycloak', role: 'keycloak', secret: databaseSecret('keycloak') }];
}

export function postgresObjects(size: DeploymentSize, site: Site): K8sObject[] {
  return [
    pgCluster(size, site),
    ...databaseOwners().map(({ database, role }) => ({
      apiVersion: API,
      kind: 'Database',
      metadata: metadata(database.replaceAll('_', '-')),
      spec: { cluster, name: database, owner: role, ensure: 'present', databaseReclaimPolicy: 'retain' },
    })),
    {
      apiVersion: API,
      kind: 'Pooler',
      metadata: metadata(`${PG_CLUSTER}-pooler-rw`),
      spec: {
        cluster,
        instances: size.poolerInstances,
        type: 'rw',
        // Session mode: the outbox relay holds a session advisory lock; transaction mode would break it.
        pgbouncer: { poolMode: 'session', parameters: { max_client_conn: '1000', default_pool_size: '20' } },
      },
    },
    {
      apiVersion: API,
      kind: 'ScheduledBackup',
      metadata: metadata(`${PG_CLUSTER}-daily`),
      spec: {
        cluster,
        schedule: '0 0 2 * * *',
        backupOwnerReference: 'self',
        method: 'barmanObjectStore',
        immediate: true,
      },
    },
  ];
}

function pgCluster(size: DeploymentSize, site: Site): K8sObject {
  const replicated = size.postgresInstances > 1;
  return {
    apiVersion: API,
    kind: 'Cluster',
    metadata: metadata(PG_CLUSTER),
    spec: {
      instances: size.postgresInstances,
      storage: { size: size.postgresStorage },
      walStorage: { size: '10Gi' },
      enableSuperuserAccess: false,
      affinity: {
        enablePodAntiAffinity: true,
        topologyKey: 'topology.kubernetes.io/zone',
        podAntiAffinityType: 'preferred',
      },
      postgresql: {
        parameters: { max_connections: '300', shared_buffers: '256MB', log_min_duration_statement: '1000' },
        // A commit returns once one standby has it too: a failover loses no acknowledged write.
        ...(replicated ? { synchronous: { method: 'any', number: 1, dataDurability: 'required' } } : {}),
      },
      managed: {
        roles: databaseOwners().map(({ role, secret }) => ({
          name: role,
          ensure: 'present',
          login: true,
          passwordSecret: { name: secret },
        })),
      },
      monitoring: { enablePodMonitor: true },
      backup: {
        retentionPolicy: '30d',
        barmanObjectStore: {
          destinationPath: site.backupPath,
          endpointURL: site.backupEndpoint,
          s3Credentials: {
            accessKeyId: { name: 'samvirke-backup-s3', key: 'ACCESS_KEY_ID' },
            secretAccessKey: { name: 'samvirke-backup-s3', key: 'ACCESS_SECRET_KEY' },
          },
          wal: { compression: 'gzip' },
          data: { compression: 'gzip' },
        },
      },
    },
  };
}
