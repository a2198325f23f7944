import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { actionItemSchema } from './governance.dto.js';

/**
 * v1 carried the free-text name of the person responsible, in plain text; notifications only needs
 * the organisation to remind, and the organisation's members see the name in the portal. v2 leaves
 * it out (data minimisation, issue 24).
 */
export const actionItemDueSoonV2 = defineEvent({
  type: 'dk.samvirke.partners.action-item.due-soon.v2',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description:
    "An open action item of a programme is due within the reminder window (announced once per item). Notifications reminds the owner's organisation. Names no person (v1 carried the owner's name).",
  public: false,
  schema: actionItemSchema
    .pick({ programmeId: true, title: true, ownerOrganisationId: true, dueDate: true })
    .extend({ actionItemId: z.uuid() }),
});

export type ActionItemDueSoonV2 = z.infer<typeof actionItemDueSoonV2.schema>;
