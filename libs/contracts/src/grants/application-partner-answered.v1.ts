import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const applicationPartnerAnsweredV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.application-partner.answered.v1',
  description:
    'A partner organisation of a joint application confirmed its participation or declined it with a reason; the lead applicant is told.',
  public: false,
  schema: z.object({
    applicationId: z.uuid(),
    callId: z.uuid(),
    programmeId: z.uuid(),
    leadOrganisationId: z.uuid(),
    partnerOrganisationId: z.uuid(),
    confirmed: z.boolean(),
    reason: z.string().nullable(),
    title: z.string(),
    answeredAt: z.iso.datetime({ offset: true }),
  }),
});

export type ApplicationPartnerAnsweredV1 = z.infer<typeof applicationPartnerAnsweredV1.schema>;
