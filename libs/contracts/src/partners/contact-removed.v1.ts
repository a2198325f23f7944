import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

/**
 * Internal: a named contact was removed, and with it their name and e-mail — everywhere. The
 * event carries ids only (no copy of what is being erased); every service that kept the person
 * deletes its copy and pseudonymises its audit trail of them.
 */
export const contactRemovedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.contact.removed.v1',
  aggregate: 'organisation',
  description:
    "An organisation's named contact was removed: every copy of their name and e-mail goes (ids only).",
  public: false,
  schema: z.object({
    contactId: z.uuid(),
    organisationId: z.uuid(),
  }),
});

export type ContactRemovedV1 = z.infer<typeof contactRemovedV1.schema>;
