import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { personalEnvelopeSchema } from '../privacy/personal-envelope.js';
import { CONTACT_LANGUAGES } from './contact-changed.v1.js';

/** What contact.changed.v2's envelope holds once opened with the person's key. */
export const contactPersonalSchema = z.object({ name: z.string(), email: z.email() });
export type ContactPersonal = z.infer<typeof contactPersonalSchema>;

/**
 * Internal: a named contact was added or changed. The name and e-mail travel only encrypted to the
 * contact's own data key (`personal`, crypto-shredding): erasing the contact destroys the key and
 * every copy of this event becomes unreadable. v1 carried them in plain text.
 */
export const contactChangedV2 = defineServiceEvent({
  type: 'dk.samvirke.partners.contact.changed.v2',
  aggregate: 'organisation',
  description:
    "An organisation's named contact was added or changed; the whole state, with the name and e-mail encrypted to the contact's data key (person-keys topic). A removal is contact.removed.v1.",
  public: false,
  schema: z.object({
    contactId: z.uuid(),
    organisationId: z.uuid(),
    role: z.string(),
    language: z.enum(CONTACT_LANGUAGES),
    /** `{ name, email }` (contactPersonalSchema), encrypted. */
    personal: personalEnvelopeSchema,
  }),
});

export type ContactChangedV2 = z.infer<typeof contactChangedV2.schema>;
