import type {
  IHTTPIngressPath,
  IIngress,
  INetworkPolicy,
  INetworkPolicyIngressRule,
  INetworkPolicyPeer,
  INetworkPolicySpec,
} from 'kubernetes-models/networking.k8s.io/v1';

type ILabelSelector = INetworkPolicySpec['podSelector'];
import { core, DATABASE_CLIENT_LABEL, metadata, type K8sObject } from './model.js';
import { KEYCLOAK, PG_CLUSTER, PG_POOLER, PORTAL, SERVICES } from './catalogue.js';
import { selectorLabels } from './pods.js';
import type { Site } from './sizes.js';

/**
 * Who may connect to whom. Nothing reaches a pod of the namespace unless a policy here lets it:
 * the ingress controller reaches the gateway, the portal and Keycloak; only the gateway reaches the
 * services; only database clients (the services, Keycloak) reach PostgreSQL and its pooler. Kafka's
 * listeners get their policies from Strimzi (`networkPolicyPeers`: the Kafka clients).
 */
const namespaceOf = (name: string): INetworkPolicyPeer => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } },
});
const INGRESS_NS = namespaceOf('ingress-nginx');
const MONITORING_NS = namespaceOf('monitoring');
const CNPG_NS = namespaceOf('cnpg-system');
const pods = (labels: Record<string, string>): INetworkPolicyPeer & { podSelector: ILabelSelector } => ({
  podSelector: { matchLabels: labels },
});
const tcp = (port: number | string) => ({ protocol: 'TCP', port }) as const;

function policy(name: string, podSelector: ILabelSelector, ingress: INetworkPolicyIngressRule[]): K8sObject {
  return core<INetworkPolicy>({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: metadata(name),
    spec: { podSelector, policyTypes: ['Ingress'], ingress },
  });
}

export function networkPolicies(): K8sObject[] {
  const domain = SERVICES.filter((service) => service.name !== 'gateway');
  const dbClients = pods({ [DATABASE_CLIENT_LABEL]: 'true' });
  const keycloakPods = pods({ 'app.kubernetes.io/instance': KEYCLOAK });
  const pgPods = pods({ 'cnpg.io/cluster': PG_CLUSTER });
  return [
    policy('default-deny-ingress', {}, []),
    ...domain.map((service) =>
      policy(`${service.name}-from-gateway`, { matchLabels: selectorLabels(service.name) }, [
        { from: [pods(selectorLabels('gateway'))], ports: [tcp(service.port)] },
        { from: [MONITORING_NS], ports: [tcp(service.port)] },
      ]),
    ),
    policy('gateway-from-ingress', { matchLabels: selectorLabels('gateway') }, [
      { from: [INGRESS_NS], ports: [tcp(3000)] },
      { from: [MONITORING_NS], ports: [tcp(9464)] },
    ]),
    policy('portal-from-ingress', { matchLabels: selectorLabels(PORTAL.name) }, [
      { from: [INGRESS_NS], ports: [tcp(PORTAL.port)] },
    ]),
    policy('keycloak-from-ingress', keycloakPods.podSelector, [
      { from: [INGRESS_NS], ports: [tcp(8443)] },
      // Keycloak's instances share their caches (JGroups) with each other.
      { from: [keycloakPods], ports: [tcp(7800), tcp(57800)] },
    ]),
    policy('postgres-from-clients', pgPods.podSelector, [
      {
        from: [dbClients, keycloakPods, pgPods, pods({ 'cnpg.io/poolerName': PG_POOLER })],
        ports: [tcp(5432)],
      },
      // The operator asks each instance for its status; the instances stream WAL to each other.
      { from: [CNPG_NS, pgPods], ports: [tcp(8000), tcp(5432)] },
      { from: [MONITORING_NS], ports: [tcp(9187)] },
    ]),
    policy('pooler-from-clients', { matchLabels: { 'cnpg.io/poolerName': PG_POOLER } }, [
      { from: [dbClients], ports: [tcp(5432)] },
      { from: [MONITORING_NS], ports: [tcp(9127)] },
    ]),
  ];
}

const path = (prefix: string, name: string, port: number): IHTTPIngressPath => ({
  path: prefix,
  pathType: 'Prefix',
  backend: { service: { name, port: { number: port } } },
});

function ingress(site: Site, name: string, host: string, paths: IHTTPIngressPath[]): K8sObject {
  return core<IIngress>({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { ...metadata(name), annotations: { 'cert-manager.io/cluster-issuer': site.clusterIssuer } },
    spec: {
      ingressClassName: site.ingressClass,
      tls: [{ hosts: [host], secretName: `${name}-tls` }],
      rules: [{ host, http: { paths } }],
    },
  });
}

/** The gateway at the API host; the portal at its own, with /api forwarded to the gateway (one origin for the browser). */
export function ingresses(site: Site): K8sObject[] {
  return [
    ingress(site, 'samvirke-api', site.apiHost, [path('/', 'gateway', 3000)]),
    ingress(site, 'samvirke-portal', site.portalHost, [
      path('/api', 'gateway', 3000),
      path('/', PORTAL.name, PORTAL.port),
    ]),
  ];
}
