import {
  KAFKA_PRINCIPALS,
  KAFKA_TOPICS,
  kafkaUserName,
  principalGrants,
  PUBLIC_ORGANISATIONS_TOPIC,
  type KafkaOperation,
  type KafkaPrincipalName,
  type TopicDeclaration,
} from '@samvirke/contracts';
import { KAFKA_CLIENT_LABEL, metadata, type K8sObject } from './model.js';
import { KAFKA_CLUSTER } from './catalogue.js';
import type { DeploymentSize, Site } from './sizes.js';

/**
 * Strimzi objects: the cluster in KRaft mode with a node pool per role, and one KafkaTopic and one
 * KafkaUser per entry of libs/contracts kafka-topology.ts, the declaration the services create
 * their topics and subscriptions from. Nothing here names a topic of its own.
 */
const API = 'kafka.strimzi.io/v1';
const clusterLabel = { 'strimzi.io/cluster': KAFKA_CLUSTER };

/** Replication as declared, capped by the brokers there are (the small size has one). */
export function placement(
  topic: TopicDeclaration,
  size: DeploymentSize,
): { replicas: number; minInsync: number } {
  const replicas = Math.min(topic.replicationFactor, size.kafkaBrokers);
  return { replicas, minInsync: Math.max(1, Math.min(topic.minInsyncReplicas, replicas - 1)) };
}

export function kafkaTopic(topic: TopicDeclaration, size: DeploymentSize): K8sObject {
  const { replicas, minInsync } = placement(topic, size);
  return {
    apiVersion: API,
    kind: 'KafkaTopic',
    metadata: metadata(topic.name, clusterLabel),
    spec: {
      topicName: topic.name,
      partitions: topic.partitions,
      replicas,
      config: {
        'min.insync.replicas': minInsync,
        'retention.ms': topic.retentionMs,
        'cleanup.policy': topic.cleanupPolicy,
        ...topic.configs,
      },
    },
  };
}

type Operation = 'Read' | 'Write' | 'Create' | 'Describe' | 'IdempotentWrite';
interface Acl {
  resource: { type: 'topic' | 'group' | 'cluster'; name?: string; patternType?: 'literal' | 'prefix' };
  operations: Operation[];
}

const OPERATIONS: Record<KafkaOperation, Operation> = {
  read: 'Read',
  write: 'Write',
  create: 'Create',
  describe: 'Describe',
  'idempotent-write': 'IdempotentWrite',
};

/**
 * A service's ACLs as libs/contracts principalGrants declares them (the same the local scripts and
 * test harness create with kafkajs): its own topics, the topics its groups read, its groups.
 */
export function principalAcls(name: KafkaPrincipalName): Acl[] {
  return principalGrants(name).map((grant) => ({
    resource:
      grant.resource === 'cluster'
        ? { type: 'cluster' }
        : {
            type: grant.resource,
            name: grant.name,
            patternType: grant.pattern === 'literal' ? 'literal' : 'prefix',
          },
    operations: grant.operations.map((operation) => OPERATIONS[operation]),
  }));
}

export function serviceKafkaUser(name: KafkaPrincipalName): K8sObject {
  return {
    apiVersion: API,
    kind: 'KafkaUser',
    metadata: metadata(kafkaUserName(name), clusterLabel),
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: { type: 'simple', acls: principalAcls(name) },
    },
  };
}

/**
 * An integration (a Keycloak client with a service account) on the OAUTHBEARER listener: its
 * principal is its client id; it reads the organisations' public topic and its own consumer groups
 * (`<client>.`), as the feed service grants outside Kubernetes (apps/feed housekeeping.rules.ts).
 * The topics of the programmes it is granted are not here: the feed adds and removes those ACLs
 * from its grants, which Strimzi's User Operator does not know (docs/operations.md).
 */
export function integrationKafkaUser(clientId: string): K8sObject {
  const acl = (type: 'topic' | 'group', name: string, patternType: 'literal' | 'prefix'): Acl => ({
    resource: { type, name, patternType },
    operations: ['Read', 'Describe'],
  });
  return {
    apiVersion: API,
    kind: 'KafkaUser',
    metadata: metadata(clientId, clusterLabel),
    spec: {
      authorization: {
        type: 'simple',
        acls: [acl('topic', PUBLIC_ORGANISATIONS_TOPIC, 'literal'), acl('group', `${clientId}.`, 'prefix')],
      },
    },
  };
}

export function kafkaObjects(
  size: DeploymentSize,
  site: Site,
  integrationClients: readonly string[],
): K8sObject[] {
  return [
    kafkaCluster(size, site),
    nodePool('controllers', 'controller', size.kafkaControllers, '10Gi'),
    nodePool('brokers', 'broker', size.kafkaBrokers, size.kafkaStorage),
    ...KAFKA_TOPICS.map((topic) => kafkaTopic(topic, size)),
    ...(Object.keys(KAFKA_PRINCIPALS) as KafkaPrincipalName[]).map(serviceKafkaUser),
    ...integrationClients.map(integrationKafkaUser),
  ];
}

function nodePool(name: string, role: 'controller' | 'broker', replicas: number, storage: string): K8sObject {
  return {
    apiVersion: API,
    kind: 'KafkaNodePool',
    metadata: metadata(name, clusterLabel),
    spec: {
      replicas,
      roles: [role],
      storage: {
        type: 'jbod',
        volumes: [
          { id: 0, type: 'persistent-claim', size: storage, deleteClaim: false, kraftMetadata: 'shared' },
        ],
      },
      resources: { requests: { cpu: '500m', memory: '2Gi' }, limits: { memory: '2Gi' } },
    },
  };
}

const clientPeers = [{ podSelector: { matchLabels: { [KAFKA_CLIENT_LABEL]: 'true' } } }];

function kafkaCluster(size: DeploymentSize, site: Site): K8sObject {
  const replication = Math.min(3, size.kafkaBrokers);
  const minInsync = Math.max(1, Math.min(2, replication - 1));
  return {
    apiVersion: API,
    kind: 'Kafka',
    metadata: metadata(KAFKA_CLUSTER),
    spec: {
      kafka: {
        listeners: [
          {
            name: 'tls',
            port: 9093,
            type: 'internal',
            tls: true,
            authentication: { type: 'scram-sha-512' },
            networkPolicyPeers: clientPeers,
          },
          integrationListener(site),
        ],
        // No super user besides Strimzi's own operators (TLS identities it trusts by itself).
        authorization: { type: 'simple' },
        rack: { type: 'topology-label', topologyKey: 'topology.kubernetes.io/zone' },
        config: {
          'auto.create.topics.enable': false,
          'default.replication.factor': replication,
          'min.insync.replicas': minInsync,
          'offsets.topic.replication.factor': replication,
          'transaction.state.log.replication.factor': replication,
          'transaction.state.log.min.isr': minInsync,
          'allow.everyone.if.no.acl.found': false,
        },
        jvmOptions: {
          javaSystemProperties: [
            { name: 'org.apache.kafka.sasl.oauthbearer.allowed.urls', value: jwks(site) },
          ],
        },
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
  };
}

const jwks = (site: Site): string => `https://${site.authHost}/realms/samvirke/protocol/openid-connect/certs`;

/** Integrations: TLS with OAUTHBEARER, tokens from Keycloak (clients of the samvirke realm, audience samvirke-kafka). */
function integrationListener(site: Site): Record<string, unknown> {
  return {
    name: 'integration',
    port: 9094,
    type: 'loadbalancer',
    tls: true,
    configuration: { bootstrap: { alternativeNames: [site.kafkaIntegrationHost] } },
    authentication: {
      type: 'custom',
      sasl: true,
      listenerConfig: {
        'sasl.enabled.mechanisms': 'OAUTHBEARER',
        'oauthbearer.sasl.jaas.config':
          'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;',
        'oauthbearer.sasl.server.callback.handler.class':
          'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler',
        'sasl.oauthbearer.jwks.endpoint.url': jwks(site),
        'sasl.oauthbearer.expected.issuer': `https://${site.authHost}/realms/samvirke`,
        'sasl.oauthbearer.expected.audience': 'samvirke-kafka',
        'sasl.oauthbearer.sub.claim.name': 'azp',
        'sasl.oauthbearer.jwt.validator.class':
          'org.apache.kafka.common.security.oauthbearer.BrokerJwtValidator',
        // A connection presents a fresh token every 5 minutes, so a disabled client is cut off soon.
        'oauthbearer.connections.max.reauth.ms': 300000,
      },
    },
  };
}
