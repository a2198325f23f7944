import kafkajs, { type AclEntry } from 'kafkajs';
import { PUBLIC_TOPIC_PREFIX } from '@samvirke/contracts';

// kafkajs is CommonJS: its ACL enums are not visible as ESM named exports.
const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } = kafkajs;
type AclResourceType = AclEntry['resourceType'];
type AclOperationType = AclEntry['operation'];

/** Integrations' consumer groups must start with their client id and a dot. */
export function integrationGroupPrefix(clientId: string): string {
  return `${clientId}.`;
}

/**
 * What an integration client may do on Kafka, as ACLs for its principal (User:<client id>, the
 * token's azp): describe and read the public topics, and use consumer groups under its own prefix.
 * Nothing else: no internal topic, no writing, no other client's groups.
 */
export function integrationAcls(clientId: string, topicPrefix = ''): AclEntry[] {
  const principal = `User:${clientId}`;
  const allow = (
    resourceType: AclResourceType,
    resourceName: string,
    operation: AclOperationType,
  ): AclEntry => ({
    principal,
    host: '*',
    resourceType,
    resourceName,
    resourcePatternType: ResourcePatternTypes.PREFIXED,
    operation,
    permissionType: AclPermissionTypes.ALLOW,
  });
  const publicTopics = `${topicPrefix}${PUBLIC_TOPIC_PREFIX}`;
  const groups = integrationGroupPrefix(clientId);
  return [
    allow(AclResourceTypes.TOPIC, publicTopics, AclOperationTypes.READ),
    allow(AclResourceTypes.TOPIC, publicTopics, AclOperationTypes.DESCRIBE),
    allow(AclResourceTypes.GROUP, groups, AclOperationTypes.READ),
    allow(AclResourceTypes.GROUP, groups, AclOperationTypes.DESCRIBE),
  ];
}

const DAY_MS = 24 * 3_600_000;

/** Entries recorded before this moment are past the retention and are removed. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
