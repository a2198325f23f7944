import {
  dataSubjectPartReportedV1,
  dataSubjectRequestCompletedV1,
  type DataSubjectPartReportedV1,
} from '@samvirke/contracts';
import { EventOutbox, eventConsumer, on, type EventContext } from '@samvirke/messaging';
import { isAnswered } from './data-subject-requests.rules.js';
import { DataSubjectRequestsStore } from './data-subject-requests.store.js';

/**
 * A service's part of a data subject request arrives: it is kept (once), and when the last part is
 * in the request is completed with its receipt (data-subject-request.completed). An erasure has
 * nothing to export, so its key goes at once.
 */
async function answered(part: DataSubjectPartReportedV1, { manager }: EventContext, outbox: EventOutbox) {
  const store = new DataSubjectRequestsStore(manager);
  const request = await store.find(part.requestId, true);
  if (!request || request.status !== 'open' || !(await store.addPart(part.requestId, part))) return;
  const now = await store.find(part.requestId);
  if (!now || !isAnswered(now)) return;
  await store.setStatus(now.id, 'completed');
  if (now.kind === 'erasure') await store.eraseKey(now.id);
  const services = now.services.map(({ service, counts }) => ({ service, counts }));
  await outbox.record(
    manager,
    dataSubjectRequestCompletedV1,
    { requestId: now.id, kind: now.kind, services },
    { subject: now.id },
  );
}

export const DataSubjectAnswersConsumer = eventConsumer(
  'DataSubjectAnswersConsumer',
  Object.values(dataSubjectPartReportedV1).map((definition) => on(definition, answered)),
  EventOutbox,
);
