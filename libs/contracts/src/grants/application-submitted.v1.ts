import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { positiveAmountOreSchema } from './grants-schemas.js';

export const applicationSubmittedV1 = defineEvent({
  type: 'dk.samvirke.grants.application.submitted.v1',
  topic: TOPICS.grants,
  source: SOURCES.grants,
  aggregate: 'programme',
  description: 'An organisation submitted its application to an open grant call.',
  public: true,
  schema: z.object({
    applicationId: z.uuid(),
    callId: z.uuid(),
    programmeId: z.uuid(),
    applicantOrganisationId: z.uuid(),
    requestedAmountOre: positiveAmountOreSchema,
    submittedAt: z.iso.datetime({ offset: true }),
  }),
});

export type ApplicationSubmittedV1 = z.infer<typeof applicationSubmittedV1.schema>;
