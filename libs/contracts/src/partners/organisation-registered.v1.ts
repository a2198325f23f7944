import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { organisationFactsSchema } from './partners-schemas.js';

export const organisationRegisteredV1 = defineEvent({
  type: 'dk.samvirke.partners.organisation.registered.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'organisation',
  description: 'An organisation (foundation, municipality, NGO, ...) was registered on the platform.',
  public: true,
  schema: organisationFactsSchema.extend({
    registeredAt: z.iso.datetime({ offset: true }),
  }),
});

export type OrganisationRegisteredV1 = z.infer<typeof organisationRegisteredV1.schema>;
