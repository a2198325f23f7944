import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { positiveAmountOreSchema } from './grants-schemas.js';

export const applicationSubmittedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.application.submitted.v1',
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
