import type { Kafka, Producer } from 'kafkajs';
import { RenewableProducer } from './renewable-producer.js';

/** A Kafka whose producers are recorded, each with connect/disconnect counters. */
function fakeKafka() {
  const producers: { connects: number; disconnects: number; producer: Producer }[] = [];
  const kafka = {
    producer: () => {
      const entry = { connects: 0, disconnects: 0, producer: {} as Producer };
      entry.producer = {
        connect: () => Promise.resolve(void (entry.connects += 1)),
        disconnect: () => Promise.resolve(void (entry.disconnects += 1)),
      } as unknown as Producer;
      producers.push(entry);
      return entry.producer;
    },
  } as unknown as Kafka;
  return { kafka, producers };
}

const refused = Object.assign(new Error('out of order'), {
  name: 'KafkaJSProtocolError',
  type: 'OUT_OF_ORDER_SEQUENCE_NUMBER',
});

describe('RenewableProducer', () => {
  it('keeps its producer while sends succeed, and starts a new one after any failed send', async () => {
    const { kafka, producers } = fakeKafka();
    const renewable = new RenewableProducer(kafka, 'test');
    await expect(renewable.send(() => Promise.resolve('sent'))).resolves.toBe('sent');
    await expect(renewable.send(() => Promise.resolve('sent'))).resolves.toBe('sent');
    expect(producers).toHaveLength(1);
    // A request that failed as its broker died may still have been stored: sequence numbers of the
    // old producer must not be used again for other messages.
    await expect(renewable.send(() => Promise.reject(new Error('Closed connection')))).rejects.toThrow(
      'Closed connection',
    );
    expect(producers).toHaveLength(2);
    await expect(renewable.send(() => Promise.resolve('sent'))).resolves.toBe('sent');
  });

  it('replaces a producer Kafka refused for good, rethrows, and connects the new one before its first send', async () => {
    const { kafka, producers } = fakeKafka();
    const renewable = new RenewableProducer(kafka, 'test');
    await renewable.connect();
    const first = renewable.current;
    await expect(renewable.send(() => Promise.reject(refused))).rejects.toBe(refused);
    expect(producers).toHaveLength(2);
    expect(producers[0]?.disconnects).toBe(1);
    expect(renewable.current).not.toBe(first);
    expect(producers[1]?.connects).toBe(0);
    const used: Producer[] = [];
    await renewable.send((producer) => Promise.resolve(void used.push(producer)));
    expect(used).toEqual([producers[1]?.producer]);
    expect(producers[1]?.connects).toBe(1);
    await renewable.send(() => Promise.resolve());
    expect(producers[1]?.connects).toBe(1);
  });

  it('tries the connection again on the next send when the new producer could not connect', async () => {
    const { kafka, producers } = fakeKafka();
    const renewable = new RenewableProducer(kafka, 'test');
    await expect(renewable.send(() => Promise.reject(refused))).rejects.toBe(refused);
    const replacement = producers[1].producer;
    let attempts = 0;
    replacement.connect = () =>
      ++attempts === 1 ? Promise.reject(new Error('broker away')) : Promise.resolve();
    await expect(renewable.send(() => Promise.resolve())).rejects.toThrow('broker away');
    await expect(renewable.send(() => Promise.resolve('sent'))).resolves.toBe('sent');
    expect(attempts).toBe(2);
  });
});
