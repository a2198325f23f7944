import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { organisationFactsSchema } from './partners-schemas.js';

export const organisationUpdatedV1 = defineEvent({
  type: 'dk.samvirke.partners.organisation.updated.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'organisation',
  description: "An organisation's details changed or it was archived; carries the whole new state.",
  public: true,
  schema: organisationFactsSchema.extend({
    archived: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
  }),
});

export type OrganisationUpdatedV1 = z.infer<typeof organisationUpdatedV1.schema>;
