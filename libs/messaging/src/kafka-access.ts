import kafkajs, { type AclEntry, type Admin } from 'kafkajs';
import {
  KAFKA_PRINCIPALS,
  KAFKA_TOPICS,
  kafkaUserName,
  principalGrants,
  type KafkaGrant,
  type KafkaOperation,
  type KafkaPrincipalName,
} from '@samvirke/contracts';
import { ensureTopics, type TopicPlacement } from './kafka.js';
import { physicalTopic } from './messaging-config.js';

// kafkajs is CommonJS: its ACL enums are not visible as ESM named exports.
const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } = kafkajs;

/**
 * The development password of a Kafka user (a service principal or the admin): what infra/bin/infra-up
 * creates the SCRAM users with and the start scripts and test harness hand to each service.
 * DEVELOPMENT VALUES ONLY: a deployment takes its passwords from its secrets (deploy/, Strimzi KafkaUser).
 */
export function devKafkaPassword(user: string): string {
  return `${user}-dev-secret`;
}

/** The environment that makes a service connect as its own principal with its development password. */
export function devKafkaCredentials(principal: KafkaPrincipalName): Record<string, string> {
  const username = kafkaUserName(principal);
  return {
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: username,
    KAFKA_SASL_PASSWORD: devKafkaPassword(username),
  };
}

const OPERATIONS: Record<KafkaOperation, AclEntry['operation']> = {
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
  describe: AclOperationTypes.DESCRIBE,
  'idempotent-write': AclOperationTypes.IDEMPOTENT_WRITE,
};

const RESOURCES: Record<KafkaGrant['resource'], AclEntry['resourceType']> = {
  topic: AclResourceTypes.TOPIC,
  group: AclResourceTypes.GROUP,
  cluster: AclResourceTypes.CLUSTER,
};

/** kafkajs ACL bindings (allow, any host) for a principal's grants. */
export function aclEntries(user: string, grants: readonly KafkaGrant[]): AclEntry[] {
  return grants.flatMap((grant) =>
    grant.operations.map((operation) => ({
      principal: `User:${user}`,
      host: '*',
      resourceType: RESOURCES[grant.resource],
      resourceName: grant.name,
      resourcePatternType:
        grant.pattern === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
      operation: OPERATIONS[operation],
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
}

/** Every service principal's ACLs under a deployment prefix, from libs/contracts kafka-topology.ts. */
export function serviceAclEntries(prefix = ''): AclEntry[] {
  return (Object.keys(KAFKA_PRINCIPALS) as KafkaPrincipalName[]).flatMap((principal) =>
    aclEntries(kafkaUserName(principal), principalGrants(principal, prefix)),
  );
}

/**
 * Creates every declared topic that is missing and the service principals' ACLs, under the
 * deployment's prefix (idempotent: Kafka keeps one copy of an identical binding). Needs a principal
 * allowed to create topics and ACLs (the admin). Services then only find their topics: each may
 * create just its own, and a consumer starting before the writer must find the topic there.
 */
export async function provisionKafka(admin: Admin, placement: TopicPlacement): Promise<void> {
  await ensureTopics(
    admin,
    KAFKA_TOPICS.map((topic) => physicalTopic(placement, topic.name)),
    placement,
  );
  await admin.createAcls({ acl: serviceAclEntries(placement.topicPrefix) });
}
