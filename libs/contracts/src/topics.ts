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

/** Where a consumer group parks messages it gave up on, with the error in headers. */
export function deadLetterTopic(consumerGroup: string): string {
  return `samvirke.dead-letter.${consumerGroup}`;
}
