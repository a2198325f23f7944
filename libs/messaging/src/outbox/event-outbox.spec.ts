import type { EntityManager } from 'typeorm';
import {
  defineEvent,
  organisationRegisteredV1,
  TOPICS,
  SOURCES,
  type RegisteredEvent,
} from '@samvirke/contracts';
import { runInContext } from '@samvirke/platform';
import { z } from 'zod';
import { EventOutbox } from './event-outbox.js';

function fakeManager(inTransaction: boolean): { manager: EntityManager; rows: unknown[] } {
  const rows: unknown[] = [];
  const manager = {
    queryRunner: { isTransactionActive: inTransaction },
    query: (
      _sql: string,
      [ids, topics, keys, types, headerArray, payloadArray]: [
        string[],
        string[],
        string[],
        string[],
        string,
        string,
      ],
    ) => {
      // Headers and payloads arrive as one JSON array each.
      const headers = JSON.parse(headerArray) as unknown[];
      const payloads = JSON.parse(payloadArray) as unknown[];
      ids.forEach((id, index) =>
        rows.push({
          id,
          topic: topics[index],
          messageKey: keys[index],
          eventType: types[index],
          headers: headers[index],
          payload: payloads[index],
        }),
      );
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  return { manager, rows };
}

const data = {
  organisationId: '9c0c1f21-683f-4f6f-955e-344191179471',
  name: 'Helsefonden',
  type: 'foundation' as const,
  cvr: null,
  kommunekode: null,
  registeredAt: '2026-11-28T08:00:00.000Z',
};

describe('EventOutbox', () => {
  const outbox = new EventOutbox({ topicPrefix: 'test.' });

  it('records an event with the request correlation and causation ids, keyed by its subject', async () => {
    const { manager, rows } = fakeManager(true);
    const event = await runInContext({ correlationId: 'req-42', causationId: 'evt-1' }, () =>
      outbox.record(manager, organisationRegisteredV1, data, { subject: data.organisationId }),
    );
    expect(event).toMatchObject({
      correlationid: 'req-42',
      causationid: 'evt-1',
      subject: data.organisationId,
      data,
    });
    expect(rows).toEqual([
      expect.objectContaining({
        id: event.id,
        topic: `test.${TOPICS.partners}`,
        messageKey: data.organisationId,
        eventType: organisationRegisteredV1.type,
        payload: data,
      }),
    ]);
  });

  it('refuses to record outside a transaction', async () => {
    const { manager, rows } = fakeManager(false);
    await expect(outbox.record(manager, organisationRegisteredV1, data, { subject: 'x' })).rejects.toThrow(
      /inside the transaction/,
    );
    expect(rows).toEqual([]);
  });

  it('refuses data that breaks the contract, naming the field', async () => {
    const { manager, rows } = fakeManager(true);
    await expect(
      outbox.record(manager, organisationRegisteredV1, { ...data, organisationId: 'nope' }, { subject: 'x' }),
    ).rejects.toThrow(/organisationId/);
    expect(rows).toEqual([]);
  });

  it('refuses an event type that is not in the registry', async () => {
    const stray = defineEvent({
      type: 'dk.samvirke.partners.organisation.vanished.v1',
      topic: TOPICS.partners,
      source: SOURCES.partners,
      aggregate: 'organisation',
      description: 'not registered',
      public: false,
      schema: z.object({}),
    }) as unknown as RegisteredEvent;
    const { manager } = fakeManager(true);
    await expect(outbox.record(manager, stray, {} as never, { subject: 'x' })).rejects.toThrow(
      /not in the contracts registry/,
    );
  });
});
