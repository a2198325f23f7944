import { z } from 'zod';
import { CONTACT_LANGUAGES } from './contact-changed.v1.js';
import { membershipRoleSchema } from './partners-schemas.js';

/**
 * Why Samvirke may hold a named contact (GDPR art. 6(1)): the organisation's public task (e),
 * its legitimate interest in being reached (f), the person's consent (a) or a contract (b).
 */
export const CONTACT_LEGAL_BASES = ['public-task', 'legitimate-interest', 'consent', 'contract'] as const;

export const addContactSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    email: z.email().max(254),
    role: z.string().trim().min(2).max(100),
    language: z.enum(CONTACT_LANGUAGES).default('da'),
    legalBasis: z.enum(CONTACT_LEGAL_BASES).default('legitimate-interest'),
  })
  .strict();

export type AddContact = z.infer<typeof addContactSchema>;

export const contactSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  language: z.enum(CONTACT_LANGUAGES),
  legalBasis: z.enum(CONTACT_LEGAL_BASES),
  createdAt: z.iso.datetime({ offset: true }),
});

export type ContactDto = z.infer<typeof contactSchema>;

/** Who is who in a programme: each current member with its roles and its named contacts. */
export const programmeMemberPeopleSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  roles: z.array(membershipRoleSchema),
  contacts: z.array(contactSchema.omit({ organisationId: true, createdAt: true, legalBasis: true })),
});

export type ProgrammeMemberPeople = z.infer<typeof programmeMemberPeopleSchema>;
