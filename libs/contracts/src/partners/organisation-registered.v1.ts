import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { cvrSchema, kommunekodeSchema, organisationTypeSchema } from '../shared-schemas.js';
import { SOURCES, TOPICS } from '../topics.js';

export const organisationRegisteredV1 = defineEvent({
  type: 'dk.samvirke.partners.organisation.registered.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'organisation',
  description: 'An organisation (foundation, municipality, NGO, ...) was registered on the platform.',
  public: true,
  schema: z.object({
    organisationId: z.uuid(),
    name: z.string().min(1),
    type: organisationTypeSchema,
    cvr: cvrSchema.nullable(),
    kommunekode: kommunekodeSchema.nullable(),
    registeredAt: z.iso.datetime({ offset: true }),
  }),
});

export type OrganisationRegisteredV1 = z.infer<typeof organisationRegisteredV1.schema>;
