import type {
  IContainer,
  IPodSecurityContext,
  IPodTemplateSpec,
  ISecurityContext,
  ITopologySpreadConstraint,
  IVolume,
  IVolumeMount,
} from 'kubernetes-models/v1';
import { DATABASE_CLIENT_LABEL, KAFKA_CLIENT_LABEL } from './model.js';
import { HEALTH, PG_CLUSTER, serviceEnv, type ServiceSpec } from './catalogue.js';
import type { DeploymentSize, Site } from './sizes.js';

/**
 * The pod templates of the services and their migration Jobs: non-root, read-only root file
 * system (only /tmp writable), no privilege escalation, no capabilities, no service account token.
 */
export const selectorLabels = (name: string): Record<string, string> => ({ 'app.kubernetes.io/name': name });

export function podLabels(service: ServiceSpec): Record<string, string> {
  return {
    ...selectorLabels(service.name),
    'app.kubernetes.io/part-of': 'samvirke',
    ...(service.principal ? { [KAFKA_CLIENT_LABEL]: 'true' } : {}),
    ...(service.database ? { [DATABASE_CLIENT_LABEL]: 'true' } : {}),
  };
}

export const POD_SECURITY: IPodSecurityContext = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 1000,
  fsGroup: 1000,
  seccompProfile: { type: 'RuntimeDefault' },
};

export const CONTAINER_SECURITY: ISecurityContext = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

export const TMP_VOLUME: IVolume = { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } };
export const TMP_MOUNT: IVolumeMount = { name: 'tmp', mountPath: '/tmp' };

function ports(service: ServiceSpec): { name: string; containerPort: number }[] {
  return [
    { name: 'http', containerPort: service.port },
    ...(service.metricsPort ? [{ name: 'metrics', containerPort: service.metricsPort }] : []),
  ];
}

export function serviceContainer(service: ServiceSpec, size: DeploymentSize, site: Site): IContainer {
  const probe = (path: string, periodSeconds: number) => ({
    httpGet: { path, port: 'http' },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold: 3,
  });
  return {
    name: service.name,
    image: site.image,
    command: ['node', `apps/${service.name}/dist/main.js`],
    ports: ports(service),
    env: serviceEnv(service, site),
    resources: size.serviceResources,
    // Boot (Nest, the database, Kafka) may take a while; liveness only starts once it is up.
    startupProbe: { ...probe(HEALTH.live, 2), failureThreshold: 30 },
    livenessProbe: probe(HEALTH.live, 10),
    readinessProbe: probe(HEALTH.ready, 5),
    securityContext: CONTAINER_SECURITY,
    volumeMounts: [TMP_MOUNT],
  };
}

/** `node main.js migrate` against the primary (not the pooler), once per release: the Job's name carries the image tag. */
export function migrationPod(service: ServiceSpec, site: Site): IPodTemplateSpec {
  return {
    metadata: { labels: { ...podLabels(service), 'app.kubernetes.io/component': 'migration' } },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      securityContext: POD_SECURITY,
      containers: [
        {
          name: 'migrate',
          image: site.image,
          command: ['node', `apps/${service.name}/dist/main.js`, 'migrate'],
          env: serviceEnv(service, site, `${PG_CLUSTER}-rw`),
          resources: { requests: { cpu: '100m', memory: '192Mi' }, limits: { memory: '384Mi' } },
          securityContext: CONTAINER_SECURITY,
          volumeMounts: [TMP_MOUNT],
        },
      ],
      volumes: [TMP_VOLUME],
    },
  };
}

/** Replicas spread over zones and nodes; a zone may be uneven by one. */
export function topologySpread(name: string): ITopologySpreadConstraint[] {
  return ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map((topologyKey) => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: topologyKey === 'kubernetes.io/hostname' ? 'DoNotSchedule' : 'ScheduleAnyway',
    labelSelector: { matchLabels: selectorLabels(name) },
  }));
}
