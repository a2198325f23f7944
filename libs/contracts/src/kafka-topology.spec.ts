import {
  KAFKA_PRINCIPALS,
  KAFKA_TOPICS,
  principalGrants,
  topicDeclaration,
  topicsOfGroup,
  type KafkaPrincipal,
} from './kafka-topology.js';
import { EVENT_REGISTRY } from './registry.js';
import {
  deadLetterTopic,
  PUBLIC_ORGANISATIONS_TOPIC,
  PUBLIC_PROGRAMME_TOPIC_PREFIX,
  PUBLIC_TOPICS,
  publicProgrammeTopic,
  TOPICS,
} from './topics.js';

describe('the Kafka topics, declared once', () => {
  it('declares every topic an event is published on, each once', () => {
    const names = KAFKA_TOPICS.map((topic) => topic.name);
    expect(new Set(names).size).toBe(names.length);
    for (const definition of EVENT_REGISTRY) expect(topicDeclaration(definition.topic)).toBeDefined();
  });

  it('replicates every topic three times with two in sync, and has room for 12 consumers per group', () => {
    for (const topic of KAFKA_TOPICS) {
      expect([topic.name, topic.replicationFactor, topic.minInsyncReplicas]).toEqual([topic.name, 3, 2]);
      expect(topic.partitions).toBeGreaterThanOrEqual(12);
    }
  });

  it('keeps events for less time than an inbox remembers them (14 days)', () => {
    for (const topic of KAFKA_TOPICS.filter((declared) => declared.kind !== 'dead-letter'))
      expect(topic.retentionMs).toBeLessThan(14 * 24 * 3_600_000);
  });

  it('lets each service write only its own topic and the dead letters of its own groups', () => {
    expect(topicDeclaration(TOPICS.grants)?.writer).toBe('grants');
    expect(topicDeclaration(PUBLIC_TOPICS.measurement)?.writer).toBe('feed');
    expect(topicDeclaration(deadLetterTopic('notifications'))?.writer).toBe('notifications');
    const writers = new Set(KAFKA_TOPICS.map((topic) => topic.writer));
    expect([...writers].sort()).toEqual(Object.keys(KAFKA_PRINCIPALS).sort());
  });

  it('gives each consumer group a dead-letter topic and only declared topics to read', () => {
    for (const principal of Object.values(KAFKA_PRINCIPALS) as KafkaPrincipal[]) {
      for (const [group, topics] of Object.entries(principal.groups)) {
        expect(topicDeclaration(deadLetterTopic(group))).toBeDefined();
        for (const topic of topics) expect(topicDeclaration(topic)).toBeDefined();
      }
    }
    expect(topicsOfGroup('grants')).toEqual([TOPICS.partners, TOPICS.measurement]);
    expect(() => topicsOfGroup('nobody')).toThrow(/not declared/);
  });

  it('declares one topic per programme as a family only the feed writes, under a prefix of its own', () => {
    const programme = publicProgrammeTopic('0b7c1c4e-6a3f-4d7e-9a43-2f1c9e0d5a11');
    expect(topicDeclaration(programme)).toMatchObject({
      name: programme,
      kind: 'public',
      writer: 'feed',
      partitions: 12,
    });
    expect(topicDeclaration(PUBLIC_ORGANISATIONS_TOPIC)?.writer).toBe('feed');
    expect(() => publicProgrammeTopic('a.b')).toThrow(/cannot name a Kafka topic/);
    const prefixed = (name: 'feed' | 'grants') =>
      principalGrants(name, 'suite.').filter((grant) => grant.pattern === 'prefixed');
    expect(prefixed('feed')).toEqual([
      {
        resource: 'topic',
        name: `suite.${PUBLIC_PROGRAMME_TOPIC_PREFIX}`,
        pattern: 'prefixed',
        operations: ['write', 'describe', 'create'],
      },
    ]);
    expect(prefixed('grants')).toEqual([]);
  });
});
