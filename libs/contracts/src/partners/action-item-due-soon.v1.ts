import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { actionItemSchema } from './governance.dto.js';

export const actionItemDueSoonV1 = defineEvent({
  type: 'dk.samvirke.partners.action-item.due-soon.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description:
    "An open action item of a programme is due within the reminder window (announced once per item). Notifications reminds the owner's organisation.",
  public: false,
  // The item's own fields as the API shows them, so the two cannot drift apart.
  schema: actionItemSchema
    .pick({ programmeId: true, title: true, ownerOrganisationId: true, ownerName: true, dueDate: true })
    .extend({ actionItemId: z.uuid() }),
});

export type ActionItemDueSoonV1 = z.infer<typeof actionItemDueSoonV1.schema>;
