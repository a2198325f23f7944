import type { DynamicModule, Type } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  dataSubjectPartReportedV1,
  dataSubjectRequestOpenedV1,
  type DataSubjectPartReportedV1,
  type DataSubjectRequestOpenedV1,
} from '@samvirke/contracts';
import { EventOutbox, eventConsumer, on } from '@samvirke/messaging';
import type { PersonLocator, PersonMatch } from './data-subject.rules.js';
import { erasePersonRows, findPersonRows } from './data-subject.store.js';
import { seal } from './sealed-box.js';

/**
 * One service's part of a data subject request, in the caller's transaction: for access, the rows
 * it holds about the person sealed to the request's key; for erasure, the counts of what it erased.
 */
export async function dataSubjectPart(
  manager: EntityManager,
  service: string,
  locators: readonly PersonLocator[],
  request: DataSubjectRequestOpenedV1 & Pick<PersonMatch, 'nameDigests'>,
): Promise<DataSubjectPartReportedV1> {
  if (request.kind === 'erasure') {
    const counts = await erasePersonRows(manager, locators, request);
    return { requestId: request.requestId, service, counts, sealed: null };
  }
  const rows = await findPersonRows(manager, locators, request);
  const counts = Object.fromEntries(Object.entries(rows).map(([table, found]) => [table, found.length]));
  return { requestId: request.requestId, service, counts, sealed: seal(request.publicKey, rows) };
}

/**
 * The consumer with which a service answers partners' data subject requests: its part, reported by
 * an event on its own topic, in the inbox transaction (a redelivered request is answered once).
 */
export function dataSubjectConsumer(
  service: keyof typeof dataSubjectPartReportedV1,
  locators: readonly PersonLocator[],
): Type {
  return eventConsumer(
    'DataSubjectRequestConsumer',
    [
      on(dataSubjectRequestOpenedV1, async (request, { manager }, outbox: EventOutbox) => {
        const part = await dataSubjectPart(manager, service, locators, request);
        await outbox.record(manager, dataSubjectPartReportedV1[service], part, {
          subject: request.requestId,
        });
      }),
    ],
    EventOutbox,
  );
}

/** The module that answers data subject requests for a service (import it in the AppModule). */
export class DataSubjectModule {
  static answering(
    service: keyof typeof dataSubjectPartReportedV1,
    locators: readonly PersonLocator[],
  ): DynamicModule {
    return { module: DataSubjectModule, controllers: [dataSubjectConsumer(service, locators)] };
  }
}
