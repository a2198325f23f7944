import { deadLetterTopic, TOPICS } from '@samvirke/contracts';
import { producerStateLost, topicToCreate } from './kafka.js';

const settings = (topic: ReturnType<typeof topicToCreate>) =>
  Object.fromEntries((topic.configEntries ?? []).map((entry) => [entry.name, entry.value]));

describe('creating a missing topic as declared', () => {
  it('takes the declared settings on a cluster of three brokers', () => {
    const topic = topicToCreate(`suite.${TOPICS.grants}`, { topicPrefix: 'suite.' }, 3);
    expect(topic).toMatchObject({ topic: `suite.${TOPICS.grants}`, numPartitions: 12, replicationFactor: 3 });
    expect(settings(topic)).toEqual({
      'min.insync.replicas': '2',
      'retention.ms': String(7 * 24 * 3_600_000),
      'cleanup.policy': 'delete',
    });
  });

  it('replicates no more than there are brokers, and takes a partition count the deployment sets', () => {
    const topic = topicToCreate(deadLetterTopic('grants'), { topicPrefix: '', topicPartitions: 3 }, 1);
    expect(topic).toMatchObject({ numPartitions: 3, replicationFactor: 1 });
    expect(settings(topic)).toMatchObject({
      'min.insync.replicas': '1',
      'retention.ms': String(30 * 24 * 3_600_000),
    });
  });

  it("creates a topic nobody declared (a test's own) like a service's events", () => {
    const topic = topicToCreate('scratch.events', { topicPrefix: '' }, 3);
    expect(topic).toMatchObject({ topic: 'scratch.events', numPartitions: 12, replicationFactor: 3 });
  });
});

describe('knowing when an idempotent producer must start again', () => {
  it('is true for the protocol errors that leave its sequence state unusable, wrapped or not', () => {
    const outOfOrder = Object.assign(new Error('out of order'), { type: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    expect(producerStateLost(outOfOrder)).toBe(true);
    expect(producerStateLost({ name: 'KafkaJSNumberOfRetriesExceeded', originalError: outOfOrder })).toBe(
      true,
    );
    expect(producerStateLost(new Error('send failed', { cause: { type: 'UNKNOWN_PRODUCER_ID' } }))).toBe(
      true,
    );
  });

  it('is false for errors a retry with the same producer gets over', () => {
    expect(producerStateLost(Object.assign(new Error('x'), { type: 'NOT_LEADER_FOR_PARTITION' }))).toBe(
      false,
    );
    expect(producerStateLost(new Error('Closed connection'))).toBe(false);
    expect(producerStateLost(undefined)).toBe(false);
  });
});
