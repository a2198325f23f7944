import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const actionItemDueSoonV1 = defineEvent({
  type: 'dk.samvirke.partners.action-item.due-soon.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description:
    "An open action item of a programme is due within the reminder window (announced once per item). Notifications reminds the owner's organisation.",
  public: false,
  schema: z.object({
    actionItemId: z.uuid(),
    programmeId: z.uuid(),
    title: z.string().min(1),
    ownerOrganisationId: z.uuid(),
    ownerName: z.string(),
    dueDate: z.iso.date(),
  }),
});

export type ActionItemDueSoonV1 = z.infer<typeof actionItemDueSoonV1.schema>;
