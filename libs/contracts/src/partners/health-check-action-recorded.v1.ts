import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { healthCheckActionSchema } from './health-check.dto.js';

export const healthCheckActionRecordedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.health-check-action.recorded.v1',
  description:
    "The backbone recorded a follow-up action on one of the five conditions after a health check, with the owner's organisation and a due date.",
  public: false,
  // The action's own fields as the API shows them (without the owner's name: events stay minimal).
  schema: healthCheckActionSchema
    .pick({
      programmeId: true,
      roundId: true,
      condition: true,
      text: true,
      ownerOrganisationId: true,
      dueDate: true,
    })
    .extend({ actionId: z.uuid() }),
});

export type HealthCheckActionRecordedV1 = z.infer<typeof healthCheckActionRecordedV1.schema>;
