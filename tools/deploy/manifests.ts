import type { INamespace } from 'kubernetes-models/v1';
import { core, NAMESPACE, PART_OF, type K8sObject } from './model.js';
import { kafkaObjects } from './kafka.js';
import { integrationClients, keycloakObjects } from './keycloak.js';
import { ingresses, networkPolicies } from './network.js';
import { postgresObjects } from './postgres.js';
import type { DeploymentSize, Site } from './sizes.js';
import { migrationObjects, portalObjects, serviceMonitor, serviceObjects } from './workloads.js';

/**
 * Every object of one size, by the file it is written to; the numbers give the order to apply them
 * in (docs/deploy.md): namespace and policies, the operators' clusters, then migrations, then services.
 */
export function renderSize(size: DeploymentSize, site: Site): Record<string, K8sObject[]> {
  const namespace = core<INamespace>({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: NAMESPACE, labels: { ...PART_OF } },
  });
  return {
    '00-namespace.yaml': [namespace, ...networkPolicies()],
    '10-kafka.yaml': kafkaObjects(size, site, integrationClients()),
    '10-postgres.yaml': postgresObjects(size, site),
    '20-keycloak.yaml': keycloakObjects(size, site),
    '30-migrations.yaml': migrationObjects(site),
    '40-services.yaml': [...serviceObjects(size, site), ...portalObjects(size, site)],
    '50-ingress.yaml': ingresses(site),
    '60-monitoring.yaml': [serviceMonitor()],
  };
}
