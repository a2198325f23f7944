import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const grantCallClosedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant-call.closed.v1',
  description: 'A grant call reached its closing time; it takes no more applications.',
  public: true,
  schema: z.object({
    callId: z.uuid(),
    programmeId: z.uuid(),
    funderOrganisationId: z.uuid(),
    title: z.string(),
    closesAt: z.iso.datetime({ offset: true }),
    submittedApplications: z.number().int().nonnegative(),
  }),
});

export type GrantCallClosedV1 = z.infer<typeof grantCallClosedV1.schema>;
