import { z } from 'zod';
import { CONTACT_LANGUAGES } from './contact-changed.v1.js';
import { membershipRoleSchema } from './partners-schemas.js';

export const addContactSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    email: z.email().max(254),
    role: z.string().trim().min(2).max(100),
    language: z.enum(CONTACT_LANGUAGES).default('da'),
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
  createdAt: z.iso.datetime({ offset: true }),
});

export type ContactDto = z.infer<typeof contactSchema>;

/** Who is who in a programme: each current member with its roles and its named contacts. */
export const programmeMemberPeopleSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  roles: z.array(membershipRoleSchema),
  contacts: z.array(contactSchema.omit({ organisationId: true, createdAt: true })),
});

export type ProgrammeMemberPeople = z.infer<typeof programmeMemberPeopleSchema>;
