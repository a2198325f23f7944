import { PERSON_KEYS, PERSON_KEYS_GROUP } from './kafka-person-keys.js';
import {
  deadLetterTopic,
  PERSON_KEYS_TOPIC,
  PUBLIC_ORGANISATIONS_TOPIC,
  PUBLIC_PROGRAMME_TOPIC_PREFIX,
  PUBLIC_TOPICS,
  TOPICS,
} from './topics.js';

/**
 * Every Kafka topic of the platform, who writes and reads it, and how the cluster keeps it — in
 * one place. Services create missing topics from it, `tools/kafka` prints it for operators and
 * docs/operations.md shows it (a unit test keeps the two in step); the Kubernetes manifests are
 * meant to be generated from it too.
 */

/** How the cluster keeps a topic. */
export interface TopicSettings {
  /** Sized for at least 12 instances of a consumer group sharing the topic. */
  readonly partitions: number;
  readonly replicationFactor: number;
  /** With acks=all, a write is acknowledged once this many replicas have it. */
  readonly minInsyncReplicas: number;
  /** How long the cluster keeps a message (ms). */
  readonly retentionMs: number;
  /**
   * Every event topic is a stream of facts that a consumer may need in full (a new consumer group,
   * or one that lost its offsets, reads from the start): none is compacted to the last value per key.
   * The person-keys topic is the one compacted topic: only a key's last state (or its erasure) counts.
   */
  readonly cleanupPolicy: 'delete' | 'compact';
  /** Further topic configs (the compacted topic's cleaner settings). */
  readonly configs?: Readonly<Record<string, string>>;
}

export type TopicKind = 'events' | 'public' | 'dead-letter' | 'keys';

export interface TopicDeclaration extends TopicSettings {
  /** Logical name; a deployment may prefix it (KAFKA_TOPIC_PREFIX). */
  readonly name: string;
  readonly kind: TopicKind;
  /** The Kafka principal (service) that alone may write it. */
  readonly writer: KafkaPrincipalName;
  readonly purpose: string;
}

const DAY_MS = 24 * 60 * 60 * 1_000;

/** Production settings: three replicas, two in sync, so one broker may be lost without losing a write. */
const REPLICATED = {
  partitions: 12,
  replicationFactor: 3,
  minInsyncReplicas: 2,
  cleanupPolicy: 'delete',
} as const;

/**
 * Kept 7 days: every consumer's inbox remembers an event for 14 days (INBOX_RETENTION_DAYS), longer
 * than any topic keeps it, so a redelivery within retention is always recognised as a duplicate.
 */
const EVENTS = { ...REPLICATED, retentionMs: 7 * DAY_MS } as const;

/** Dead letters wait up to 30 days for someone to replay them (they are also kept in each service's database). */
const DEAD_LETTERS = { ...REPLICATED, retentionMs: 30 * DAY_MS } as const;

/** What one service may do on Kafka: its own consumer groups and the topics each reads. */
export interface KafkaPrincipal {
  /** Consumer group → the topics it reads. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
}

/**
 * The consumer group of the event feed's public projector. It keeps the name it had when the
 * projector ran inside the gateway, so a deployment that moved on carries on from its offsets.
 */
export const PUBLIC_PROJECTOR_GROUP = 'gateway-public';

const PUBLIC = [PUBLIC_TOPICS.partners, PUBLIC_TOPICS.measurement, PUBLIC_TOPICS.grants];

/** One principal per service; each writes only the topics declared with it as `writer`. */
export const KAFKA_PRINCIPALS = {
  partners: { groups: { partners: [TOPICS.measurement, TOPICS.grants, TOPICS.notifications] } },
  measurement: { groups: { measurement: [TOPICS.partners] } },
  grants: { groups: { grants: [TOPICS.partners, TOPICS.measurement] } },
  // The domain topics it makes messages from, the public ones for webhooks, and the data keys
  // that open contacts' names and e-mails (a group of its own: the key store is not an inbox).
  notifications: {
    groups: {
      notifications: [TOPICS.partners, TOPICS.measurement, TOPICS.grants, ...PUBLIC],
      [PERSON_KEYS_GROUP]: [PERSON_KEYS_TOPIC],
    },
  },
  feed: { groups: { [PUBLIC_PROJECTOR_GROUP]: [TOPICS.partners, TOPICS.measurement, TOPICS.grants] } },
} as const satisfies Record<string, KafkaPrincipal>;

export type KafkaPrincipalName = keyof typeof KAFKA_PRINCIPALS;

const SERVICE_TOPICS: readonly TopicDeclaration[] = (
  ['partners', 'measurement', 'grants', 'notifications'] as const
).map((service) => ({
  name: TOPICS[service],
  kind: 'events',
  writer: service,
  purpose: `the ${service} service's domain events, keyed by aggregate id`,
  ...EVENTS,
}));

const PUBLIC_STREAMS: readonly TopicDeclaration[] = (['partners', 'measurement', 'grants'] as const).map(
  (service) => ({
    name: PUBLIC_TOPICS[service],
    kind: 'public',
    writer: 'feed',
    purpose: `public events projected from the ${service} service's events, for integrations (no personal data)`,
    ...EVENTS,
  }),
);

/** Organisations' public events for every integration on Kafka (the feed copies them here). */
const ORGANISATIONS: TopicDeclaration = {
  name: PUBLIC_ORGANISATIONS_TOPIC,
  kind: 'public',
  writer: 'feed',
  purpose: 'public events about no programme (organisations), for every integration with Kafka access',
  ...EVENTS,
};

const DEAD: readonly TopicDeclaration[] = Object.entries(KAFKA_PRINCIPALS).flatMap(([writer, principal]) =>
  Object.keys(principal.groups).map((group) => ({
    name: deadLetterTopic(group),
    kind: 'dead-letter' as const,
    writer: writer as KafkaPrincipalName,
    purpose: `messages consumer group ${group} gave up on, with the reason in headers`,
    ...DEAD_LETTERS,
  })),
);

/** Every topic of the platform. */
export const KAFKA_TOPICS: readonly TopicDeclaration[] = [
  ...SERVICE_TOPICS,
  ...PUBLIC_STREAMS,
  ORGANISATIONS,
  PERSON_KEYS,
  ...DEAD,
];

/** Topics made as they are needed, all under one prefix (one per programme), with one writer. */
export interface TopicFamily extends Omit<TopicDeclaration, 'name'> {
  readonly prefix: string;
}

export const KAFKA_TOPIC_FAMILIES: readonly TopicFamily[] = [
  {
    prefix: PUBLIC_PROGRAMME_TOPIC_PREFIX,
    kind: 'public',
    writer: 'feed',
    purpose:
      "one programme's public events, for the integrations granted the programme (ACLs from the feed's grants)",
    ...EVENTS,
  },
];

/** A declared topic by its logical name, or a member of a declared family. */
export function topicDeclaration(logicalName: string): TopicDeclaration | undefined {
  const declared = KAFKA_TOPICS.find((topic) => topic.name === logicalName);
  if (declared) return declared;
  const family = KAFKA_TOPIC_FAMILIES.find((candidate) => logicalName.startsWith(candidate.prefix));
  if (!family) return undefined;
  const { prefix: _prefix, ...settings } = family;
  return { ...settings, name: logicalName };
}

/** The topics a consumer group reads, as declared with its principal. */
export function topicsOfGroup(group: string): readonly string[] {
  for (const principal of Object.values(KAFKA_PRINCIPALS) as KafkaPrincipal[]) {
    const topics = principal.groups[group];
    if (topics) return topics;
  }
  throw new Error(`consumer group ${group} is not declared in KAFKA_PRINCIPALS`);
}

/** The Kafka consumer group id of a consumer (before the deployment's KAFKA_TOPIC_PREFIX). */
export function consumerGroupId(consumer: string): string {
  return `samvirke.${consumer}`;
}

/** The SASL/SCRAM user name of a service principal on the internal listener. */
export function kafkaUserName(principal: KafkaPrincipalName): string {
  return `samvirke-${principal}`;
}

/**
 * The operators' principal: the brokers' own (inter-broker and controller connections), the only
 * super user; scripts and test harnesses create topics, SCRAM users and ACLs with it. No service
 * runs as it.
 */
export const KAFKA_ADMIN_USER = 'samvirke-admin';

export type KafkaOperation = 'read' | 'write' | 'create' | 'describe' | 'idempotent-write';

/** One allowed access of a principal, independent of the client library that creates it. */
export interface KafkaGrant {
  readonly resource: 'topic' | 'group' | 'cluster';
  /** Physical name (the deployment's prefix included); `kafka-cluster` for the cluster. */
  readonly name: string;
  readonly pattern: 'literal' | 'prefixed';
  readonly operations: readonly KafkaOperation[];
}

/**
 * What a service principal may do, derived from this declaration: write (and create) the topics
 * declared with it as writer, its dead-letter topics among them, and the topic families it writes; read the topics its groups
 * consume; use exactly its own consumer groups. `prefix` is the deployment's KAFKA_TOPIC_PREFIX
 * (a test suite's own), put in front of every topic and group name.
 */
export function principalGrants(name: KafkaPrincipalName, prefix = ''): KafkaGrant[] {
  const principal: KafkaPrincipal = KAFKA_PRINCIPALS[name];
  const written = KAFKA_TOPICS.filter((topic) => topic.writer === name).map((topic) => topic.name);
  const read = [...new Set(Object.values(principal.groups).flat())];
  const literal = (
    resource: 'topic' | 'group',
    logical: string,
    operations: KafkaOperation[],
  ): KafkaGrant => ({
    resource,
    name: prefix + logical,
    pattern: 'literal',
    operations,
  });
  return [
    ...written.map((topic) => literal('topic', topic, ['write', 'describe', 'create'])),
    ...read.map((topic) => literal('topic', topic, ['read', 'describe'])),
    ...KAFKA_TOPIC_FAMILIES.filter((family) => family.writer === name).map((family): KafkaGrant => ({
      resource: 'topic',
      name: prefix + family.prefix,
      pattern: 'prefixed',
      operations: ['write', 'describe', 'create'],
    })),
    ...Object.keys(principal.groups).map((group) =>
      literal('group', consumerGroupId(group), ['read', 'describe']),
    ),
    {
      resource: 'cluster',
      name: 'kafka-cluster',
      pattern: 'literal',
      operations: ['idempotent-write', 'describe'],
    },
  ];
}
