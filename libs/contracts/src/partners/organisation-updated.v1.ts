import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { organisationFactsSchema } from './partners-schemas.js';

export const organisationUpdatedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.organisation.updated.v1',
  aggregate: 'organisation',
  description: "An organisation's details changed or it was archived; carries the whole new state.",
  public: true,
  schema: organisationFactsSchema.extend({
    archived: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
  }),
});

export type OrganisationUpdatedV1 = z.infer<typeof organisationUpdatedV1.schema>;
