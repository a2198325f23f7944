import { Injectable } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { Test } from '@nestjs/testing';
import type { EntityManager } from 'typeorm';
import { organisationRegisteredV1, programmeCreatedV1, type CloudEvent } from '@samvirke/contracts';
import { EventContext } from './event-context.js';
import { eventConsumer, inOrder, on } from './event-consumer.js';

@Injectable()
class Journal {
  readonly lines: string[] = [];
}

function contextOf(type: string): EventContext {
  const event = { id: 'e1', type } as CloudEvent;
  return new EventContext([
    event,
    {} as EntityManager,
    { topic: 't', partition: 0, offset: '1', attempt: 1 },
  ]);
}

type Method = (data: unknown, context: EventContext) => Promise<void>;

describe('a consumer made from a table of handlers', () => {
  const registered = on(organisationRegisteredV1, (data, context, journal: Journal) => {
    journal.lines.push(`registered ${data.name} (${context.event.id})`);
    return Promise.resolve();
  });
  const created = on(programmeCreatedV1, (data, _context, journal: Journal) => {
    journal.lines.push(`created ${data.name}`);
    return Promise.resolve();
  });
  const announced = on(programmeCreatedV1, (data, _context, journal: Journal) => {
    journal.lines.push(`announced ${data.name}`);
    return Promise.resolve();
  });

  async function instance() {
    const Consumer = eventConsumer('TableSpecConsumer', [registered, inOrder(created, announced)], Journal);
    const moduleRef = await Test.createTestingModule({
      controllers: [Consumer],
      providers: [Journal],
    }).compile();
    return { Consumer, consumer: moduleRef.get<object>(Consumer), journal: moduleRef.get(Journal) };
  }

  it('has one method per event type, routed by the contract’s type string, under the name it was given', async () => {
    const { Consumer } = await instance();
    expect(Consumer.name).toBe('TableSpecConsumer');
    const patterns = Object.getOwnPropertyNames(Consumer.prototype)
      .filter((key) => key !== 'constructor')
      .map((key): unknown =>
        Reflect.getMetadata(PATTERN_METADATA, (Consumer.prototype as Record<string, Method>)[key]),
      );
    expect(patterns).toEqual([[organisationRegisteredV1.type], [programmeCreatedV1.type]]);
  });

  it('hands each handler the data, the context and the injected dependency; inOrder runs both, first first', async () => {
    const { consumer, journal } = await instance();
    const methods = consumer as Record<string, Method>;
    await methods[`on ${organisationRegisteredV1.type}`]({ name: 'Aarhus Kommune' }, contextOf('x'));
    await methods[`on ${programmeCreatedV1.type}`]({ name: 'Hjem til alle' }, contextOf('y'));
    expect(journal.lines).toEqual([
      'registered Aarhus Kommune (e1)',
      'created Hjem til alle',
      'announced Hjem til alle',
    ]);
  });

  it('refuses two handlers of one type, and inOrder of two types', () => {
    expect(() => eventConsumer('Twice', [created, announced], Journal)).toThrow(/two handlers/);
    expect(() => inOrder(created, registered)).toThrow(/not one event type/);
  });

  it('needs no dependency when its handlers use none', async () => {
    const seen: string[] = [];
    const Consumer = eventConsumer('Plain', [
      on(programmeCreatedV1, (data) => {
        seen.push(data.name);
        return Promise.resolve();
      }),
    ]);
    const moduleRef = await Test.createTestingModule({ controllers: [Consumer] }).compile();
    const consumer = moduleRef.get<Record<string, Method>>(Consumer);
    await consumer[`on ${programmeCreatedV1.type}`]({ name: 'Rummelighed' }, contextOf('z'));
    expect(seen).toEqual(['Rummelighed']);
  });
});
