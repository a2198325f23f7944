import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const CONTACT_LANGUAGES = ['da', 'en'] as const;

/**
 * Internal: carries a named person's e-mail for notifications, so it is never handed to
 * integrations (public: false).
 */
export const contactChangedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.contact.changed.v1',
  aggregate: 'organisation',
  description:
    "An organisation's named contact was added or changed; the whole state. (A removal is contact.removed.v1, without the person's details; `removed: true` is no longer sent.)",
  public: false,
  schema: z.object({
    contactId: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    email: z.email(),
    role: z.string(),
    language: z.enum(CONTACT_LANGUAGES),
    removed: z.boolean(),
  }),
});

export type ContactChangedV1 = z.infer<typeof contactChangedV1.schema>;
