/** Logical topic names. Deployments may prefix them (KAFKA_TOPIC_PREFIX), e.g. per test suite. */
export const TOPICS = {
  partners: 'samvirke.partners',
  measurement: 'samvirke.measurement',
  grants: 'samvirke.grants',
  notifications: 'samvirke.notifications',
} as const;

/**
 * Compacted, internal: the data keys of people whose personal data travels encrypted in partners'
 * events (crypto-shredding), key id → key, a tombstone when the person is erased.
 */
export const PERSON_KEYS_TOPIC = 'samvirke.partners.person-keys';

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

export const SOURCES = {
  partners: '/samvirke/partners',
  measurement: '/samvirke/measurement',
  grants: '/samvirke/grants',
  notifications: '/samvirke/notifications',
} as const;

/** Public streams for integrations: curated events without personal data (libs/contracts/src/public). */
export const PUBLIC_TOPIC_PREFIX = 'samvirke.public.';
export const PUBLIC_TOPICS = {
  partners: `${PUBLIC_TOPIC_PREFIX}partners`,
  measurement: `${PUBLIC_TOPIC_PREFIX}measurement`,
  grants: `${PUBLIC_TOPIC_PREFIX}grants`,
} as const;

/**
 * Public events about no programme (organisations): on Kafka, the one public topic every
 * integration with Kafka access reads (the HTTP feed shows them to every integration too).
 */
export const PUBLIC_ORGANISATIONS_TOPIC = `${PUBLIC_TOPIC_PREFIX}organisations`;

/**
 * One topic per programme with that programme's public events, written by the feed beside the
 * topics above. An integration reads a programme's topic only while it is granted the programme
 * (literal ACLs kept by the feed), as on the HTTP feed.
 */
export const PUBLIC_PROGRAMME_TOPIC_PREFIX = `${PUBLIC_TOPIC_PREFIX}programme.`;

/** A programme id usable in a topic name: no dot, so one programme's topic never prefixes another's. */
const TOPIC_SAFE_ID = /^[A-Za-z0-9_-]{1,200}$/;

/** The logical topic of one programme's public events. */
export function publicProgrammeTopic(programmeId: string): string {
  if (!TOPIC_SAFE_ID.test(programmeId))
    throw new Error(`programme id ${JSON.stringify(programmeId)} cannot name a Kafka topic`);
  return `${PUBLIC_PROGRAMME_TOPIC_PREFIX}${programmeId}`;
}

/** CloudEvents `source` of the public events (the feed service's public projector). */
export const PUBLIC_SOURCE = '/samvirke/public';

/** Where a consumer group parks messages it gave up on, with the error in headers. */
export function deadLetterTopic(consumerGroup: string): string {
  return `samvirke.dead-letter.${consumerGroup}`;
}
