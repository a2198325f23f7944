import kafkajs, { type AclEntry } from 'kafkajs';
import { PUBLIC_TOPIC_PREFIX } from '@samvirke/contracts';

// kafkajs is CommonJS: its ACL enums are not visible as ESM named exports.
const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } = kafkajs;
type AclResourceType = AclEntry['resourceType'];
type AclOperationType = AclEntry['operation'];

/**
 * A client id that may get Kafka ACLs: letters, digits, `-` and `_`, no dot. The consumer-group ACL
 * is the prefix `<client id>.`; were dots allowed, `acme.` would also be a prefix of client
 * `acme.erp`'s groups (`acme.erp.…`). Without dots, `<a>.` starts `<b>.…` only when a is b.
 */
export const KAFKA_CLIENT_ID = /^[A-Za-z0-9_-]{1,200}$/;

/** Integrations' consumer groups must start with their client id and a dot. */
export function integrationGroupPrefix(clientId: string): string {
  if (!KAFKA_CLIENT_ID.test(clientId))
    throw new Error(
      `client id ${JSON.stringify(clientId)} cannot get Kafka ACLs: only letters, digits, - and _ (no dot)`,
    );
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
  const groups = integrationGroupPrefix(clientId);
  const publicTopics = `${topicPrefix}${PUBLIC_TOPIC_PREFIX}`;
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
