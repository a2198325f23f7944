import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { organisationFactsSchema } from './partners-schemas.js';

export const organisationRegisteredV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.organisation.registered.v1',
  aggregate: 'organisation',
  description: 'An organisation (foundation, municipality, NGO, ...) was registered on the platform.',
  public: true,
  schema: organisationFactsSchema.extend({
    registeredAt: z.iso.datetime({ offset: true }),
  }),
});

export type OrganisationRegisteredV1 = z.infer<typeof organisationRegisteredV1.schema>;
