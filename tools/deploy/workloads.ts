import type { IDeployment } from 'kubernetes-models/apps/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { IJob } from 'kubernetes-models/batch/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IConfigMap, IPodSpec, IService } from 'kubernetes-models/v1';
import { core, metadata, object, type K8sObject } from './model.js';
import { HEALTH, PORTAL, SERVICES, type ServiceSpec } from './catalogue.js';
import {
  CONTAINER_SECURITY,
  migrationPod,
  POD_SECURITY,
  podLabels,
  selectorLabels,
  serviceContainer,
  TMP_MOUNT,
  TMP_VOLUME,
  topologySpread,
} from './pods.js';
import type { DeploymentSize, Site } from './sizes.js';

/** Per service: Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler, migration Job. */
export function releaseTag(site: Site): string {
  const tag = site.image.split(':').at(-1) ?? 'latest';
  return tag.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

export function deployment(service: ServiceSpec, size: DeploymentSize, site: Site): K8sObject {
  return core<IDeployment>({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(service.name, selectorLabels(service.name)),
    // No `replicas`: the HorizontalPodAutoscaler owns it (minReplicas is the size's figure), so applying again never undoes a scale-out.
    spec: {
      selector: { matchLabels: selectorLabels(service.name) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: podLabels(service) },
        spec: {
          automountServiceAccountToken: false,
          securityContext: POD_SECURITY,
          // The services finish what is in flight on SIGTERM (SHUTDOWN_TIMEOUT_MS, 10 s).
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: topologySpread(service.name),
          containers: [serviceContainer(service, size, site)],
          volumes: [TMP_VOLUME],
        },
      },
    },
  });
}

export function service(spec: ServiceSpec): K8sObject {
  // Every Service names a `metrics` port for the ServiceMonitor: the gateway's own, the main port elsewhere.
  const metricsTarget = spec.metricsPort ? 'metrics' : 'http';
  return core<IService>({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(spec.name, selectorLabels(spec.name)),
    spec: {
      selector: selectorLabels(spec.name),
      ports: [
        { name: 'http', port: spec.port, targetPort: 'http' },
        { name: 'metrics', port: spec.metricsPort ?? 9464, targetPort: metricsTarget },
      ],
    },
  });
}

function availability(name: string, size: DeploymentSize): K8sObject[] {
  return [
    core<IPodDisruptionBudget>({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: metadata(name),
      spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(name) } },
    }),
    core<IHorizontalPodAutoscaler>({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: metadata(name),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: size.replicas,
        maxReplicas: size.maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
      },
    }),
  ];
}

export function migrationJob(spec: ServiceSpec, site: Site): K8sObject {
  return core<IJob>({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: metadata(`${spec.name}-migrate-${releaseTag(site)}`),
    spec: { backoffLimit: 3, ttlSecondsAfterFinished: 7 * 24 * 3600, template: migrationPod(spec, site) },
  });
}

export function serviceObjects(size: DeploymentSize, site: Site): K8sObject[] {
  return SERVICES.flatMap((spec) => [
    deployment(spec, size, site),
    service(spec),
    ...availability(spec.name, size),
  ]);
}

export function migrationObjects(site: Site): K8sObject[] {
  return SERVICES.filter((spec) => spec.database).map((spec) => migrationJob(spec, site));
}

/** Scraped by the Prometheus operator (monitoring.coreos.com; its CRD is not among ../shared/k8s-crds). */
export function serviceMonitor(): K8sObject {
  return object('monitoring.coreos.com/v1', 'ServiceMonitor', 'samvirke', {
    spec: {
      selector: {
        matchExpressions: [
          { key: 'app.kubernetes.io/name', operator: 'In', values: SERVICES.map((s) => s.name) },
        ],
      },
      endpoints: [{ port: 'metrics', path: HEALTH.metrics, interval: '30s' }],
    },
  });
}

/** The portal: static files and /config.json, which tells the browser where Keycloak is. */
export function portalObjects(size: DeploymentSize, site: Site): K8sObject[] {
  const labels = { ...selectorLabels(PORTAL.name), 'app.kubernetes.io/part-of': 'samvirke' };
  const config = {
    keycloakUrl: `https://${site.authHost}`,
    realm: 'samvirke',
    clientId: 'samvirke-portal',
    apiUrl: '',
  };
  return [
    core<IConfigMap>({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: metadata('portal-config'),
      data: { 'config.json': JSON.stringify(config) },
    }),
    core<IDeployment>({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: metadata(PORTAL.name, selectorLabels(PORTAL.name)),
      spec: {
        selector: { matchLabels: selectorLabels(PORTAL.name) },
        template: { metadata: { labels }, spec: portalPod(site) },
      },
    }),
    core<IService>({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: metadata(PORTAL.name),
      spec: {
        selector: selectorLabels(PORTAL.name),
        ports: [{ name: 'http', port: PORTAL.port, targetPort: 'http' }],
      },
    }),
    ...availability(PORTAL.name, size),
  ];
}

function portalPod(site: Site): IPodSpec {
  const probe = { httpGet: { path: '/config.json', port: 'http' }, periodSeconds: 10 };
  return {
    automountServiceAccountToken: false,
    securityContext: { ...POD_SECURITY, runAsUser: 101, runAsGroup: 101, fsGroup: 101 },
    topologySpreadConstraints: topologySpread(PORTAL.name),
    containers: [
      {
        name: PORTAL.name,
        image: site.portalImage,
        ports: [{ name: 'http', containerPort: PORTAL.port }],
        resources: { requests: { cpu: '50m', memory: '32Mi' }, limits: { cpu: '200m', memory: '64Mi' } },
        livenessProbe: probe,
        readinessProbe: probe,
        securityContext: CONTAINER_SECURITY,
        volumeMounts: [
          TMP_MOUNT,
          {
            name: 'config',
            mountPath: '/usr/share/nginx/html/config.json',
            subPath: 'config.json',
            readOnly: true,
          },
        ],
      },
    ],
    volumes: [TMP_VOLUME, { name: 'config', configMap: { name: 'portal-config' } }],
  };
}
