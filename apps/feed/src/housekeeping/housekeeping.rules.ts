import kafkajs, { type AclEntry } from 'kafkajs';
import { PUBLIC_ORGANISATIONS_TOPIC, PUBLIC_TOPIC_PREFIX, publicProgrammeTopic } from '@samvirke/contracts';

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
 * token's azp): describe and read the organisations' public topic and the topic of each programme
 * it is granted (literal names: a grant of one programme never covers another), and use consumer
 * groups under its own prefix. Nothing else: no internal topic, no other programme, no writing, no
 * other client's groups.
 */
export function integrationAcls(
  clientId: string,
  topicPrefix = '',
  programmeIds: readonly string[] = [],
): AclEntry[] {
  const principal = `User:${clientId}`;
  const allow = (
    resourceType: AclResourceType,
    resourceName: string,
    resourcePatternType: AclEntry['resourcePatternType'],
    operation: AclOperationType,
  ): AclEntry => ({
    principal,
    host: '*',
    resourceType,
    resourceName,
    resourcePatternType,
    operation,
    permissionType: AclPermissionTypes.ALLOW,
  });
  const readTopic = (topic: string): AclEntry[] =>
    [AclOperationTypes.READ, AclOperationTypes.DESCRIBE].map((operation) =>
      allow(AclResourceTypes.TOPIC, `${topicPrefix}${topic}`, ResourcePatternTypes.LITERAL, operation),
    );
  const groups = integrationGroupPrefix(clientId);
  return [
    ...readTopic(PUBLIC_ORGANISATIONS_TOPIC),
    ...[...new Set(programmeIds)].sort().flatMap((id) => readTopic(publicProgrammeTopic(id))),
    allow(AclResourceTypes.GROUP, groups, ResourcePatternTypes.PREFIXED, AclOperationTypes.READ),
    allow(AclResourceTypes.GROUP, groups, ResourcePatternTypes.PREFIXED, AclOperationTypes.DESCRIBE),
  ];
}

/** Whether two bindings are the same (Kafka keeps one copy of each). */
function sameBinding(a: AclEntry, b: AclEntry): boolean {
  return (
    a.principal === b.principal &&
    a.host === b.host &&
    a.resourceType === b.resourceType &&
    a.resourceName === b.resourceName &&
    a.resourcePatternType === b.resourcePatternType &&
    a.operation === b.operation &&
    a.permissionType === b.permissionType
  );
}

/**
 * The client's bindings on public topics (under the deployment's prefix) that it should no longer
 * have: a revoked programme's topic, or an older, wider grant such as a prefix over every public
 * topic. Bindings outside the public topics (another deployment's prefix) are left alone.
 */
export function staleTopicAcls(
  current: readonly AclEntry[],
  desired: readonly AclEntry[],
  topicPrefix = '',
): AclEntry[] {
  const managed = `${topicPrefix}${PUBLIC_TOPIC_PREFIX}`;
  return current.filter(
    (acl) =>
      acl.resourceType === AclResourceTypes.TOPIC &&
      acl.resourceName.startsWith(managed) &&
      !desired.some((wanted) => sameBinding(wanted, acl)),
  );
}

const DAY_MS = 24 * 3_600_000;

/** Entries recorded before this moment are past the retention and are removed. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
