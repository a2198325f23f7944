/** Logical topic names. Deployments may prefix them (KAFKA_TOPIC_PREFIX), e.g. per test suite. */
export const TOPICS = {
  partners: 'samvirke.partners',
  measurement: 'samvirke.measurement',
  grants: 'samvirke.grants',
  notifications: 'samvirke.notifications',
} as const;

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

/** CloudEvents `source` of the public events (the feed service's public projector). */
export const PUBLIC_SOURCE = '/samvirke/public';

/** Where a consumer group parks messages it gave up on, with the error in headers. */
export function deadLetterTopic(consumerGroup: string): string {
  return `samvirke.dead-letter.${consumerGroup}`;
}
