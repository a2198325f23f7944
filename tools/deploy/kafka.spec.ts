import {
  consumerGroupId,
  KAFKA_PRINCIPALS,
  KAFKA_TOPIC_FAMILIES,
  KAFKA_TOPICS,
  kafkaUserName,
  type KafkaPrincipalName,
} from '@samvirke/contracts';
import kafkajs from 'kafkajs';
import { integrationAcls } from '../../apps/feed/src/housekeeping/housekeeping.rules.js';
import { integrationClients } from './keycloak.js';
import { renderSize } from './manifests.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';

/** The Kafka objects against the declaration in libs/contracts kafka-topology.ts and the feed's grants. */
const production = SIZES.find((size) => size.name === 'production')!;
const objects = Object.values(renderSize(production, EXAMPLE_SITE)).flat();
const find = (kind: string, name: string) =>
  objects.find((item) => item.kind === kind && item.metadata.name === name);

describe('the Kafka objects and the declaration in libs/contracts kafka-topology.ts', () => {
  it.each(KAFKA_TOPICS.map((topic) => [topic.name, topic] as const))(
    '%s has its KafkaTopic as declared',
    (name, topic) => {
      expect(find('KafkaTopic', name)?.['spec']).toEqual({
        topicName: name,
        partitions: topic.partitions,
        replicas: 3,
        config: {
          'min.insync.replicas': 2,
          'retention.ms': topic.retentionMs,
          'cleanup.policy': topic.kind === 'keys' ? 'compact' : 'delete',
          ...topic.configs,
        },
      });
    },
  );

  it('declares no KafkaTopic that is not in the declaration', () => {
    const declared = KAFKA_TOPICS.map((topic) => topic.name).sort();
    expect(
      objects
        .filter((item) => item.kind === 'KafkaTopic')
        .map((item) => item.metadata.name)
        .sort(),
    ).toEqual(declared);
  });

  it.each(Object.keys(KAFKA_PRINCIPALS) as KafkaPrincipalName[])(
    '%s writes its own topics, reads what its groups consume, uses its groups',
    (name) => {
      type Acl = { resource: { type: string; name?: string }; operations: string[] };
      const acls = (find('KafkaUser', kafkaUserName(name))?.['spec'] as { authorization: { acls: Acl[] } })
        .authorization.acls;
      const on = (type: string, operation: string) =>
        acls
          .filter((acl) => acl.resource.type === type && acl.operations.includes(operation))
          .map((acl) => acl.resource.name)
          .sort();
      const groups = KAFKA_PRINCIPALS[name].groups as Record<string, readonly string[]>;
      expect(on('topic', 'Write')).toEqual(
        [...KAFKA_TOPICS.map((topic) => ({ ...topic, prefix: topic.name })), ...KAFKA_TOPIC_FAMILIES]
          .filter((topic) => topic.writer === name)
          .map((topic) => topic.prefix)
          .sort(),
      );
      expect(on('topic', 'Read')).toEqual([...new Set(Object.values(groups).flat())].sort());
      expect(on('group', 'Read')).toEqual(Object.keys(groups).map(consumerGroupId).sort());
    },
  );
});

describe("the integrations' KafkaUsers", () => {
  const name = (table: object, value: number) =>
    Object.entries(table)
      .find(([, entry]) => entry === value)?.[0]
      .toLowerCase();

  it.each(integrationClients())(
    '%s may do what the feed service grants an integration outside Kubernetes',
    (client) => {
      type Acl = { resource: { type: string; name: string; patternType: string }; operations: string[] };
      const acls = (find('KafkaUser', client)?.['spec'] as { authorization: { acls: Acl[] } }).authorization
        .acls;
      const rendered = acls.flatMap((acl) =>
        acl.operations.map((operation) => [
          acl.resource.type,
          acl.resource.name,
          acl.resource.patternType,
          operation.toLowerCase(),
        ]),
      );
      const granted = integrationAcls(client).map((acl) => [
        name(kafkajs.AclResourceTypes, acl.resourceType),
        acl.resourceName,
        name(kafkajs.ResourcePatternTypes, acl.resourcePatternType)?.replace('prefixed', 'prefix'),
        name(kafkajs.AclOperationTypes, acl.operation),
      ]);
      expect(rendered.sort()).toEqual(granted.sort());
    },
  );
});
