import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { healthCheckRoundSchema } from './health-check.dto.js';

export const healthCheckRoundOpenedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.health-check-round.opened.v1',
  description:
    "The backbone opened a round of a programme's collective impact health check. Notifications tells every current member organisation that it may answer.",
  public: false,
  schema: healthCheckRoundSchema
    .pick({ programmeId: true, title: true, opensOn: true, closesOn: true, itemSetVersion: true })
    .extend({ roundId: z.uuid(), memberOrganisationIds: z.array(z.uuid()) }),
});

export type HealthCheckRoundOpenedV1 = z.infer<typeof healthCheckRoundOpenedV1.schema>;
