import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { positiveAmountOreSchema } from './grants-schemas.js';

export const applicationPartnerInvitedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.application-partner.invited.v1',
  description:
    "The lead applicant named an organisation as partner of a joint application, with the partner's part of the budget; the partner's users are asked to confirm.",
  public: false,
  schema: z.object({
    applicationId: z.uuid(),
    callId: z.uuid(),
    programmeId: z.uuid(),
    leadOrganisationId: z.uuid(),
    partnerOrganisationId: z.uuid(),
    budgetOre: positiveAmountOreSchema,
    title: z.string(),
  }),
});

export type ApplicationPartnerInvitedV1 = z.infer<typeof applicationPartnerInvitedV1.schema>;
