import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { healthCheckRoundSchema } from './health-check.dto.js';

export const healthCheckRoundClosedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.health-check-round.closed.v1',
  description:
    "A round of a programme's health check closed (by the backbone, or when its closing date passed), with how many responded; its results show if that is at least its minimum.",
  public: false,
  schema: healthCheckRoundSchema
    .pick({ programmeId: true, title: true, responseCount: true, minResponses: true })
    .extend({ roundId: z.uuid(), closedAt: z.iso.datetime({ offset: true }) }),
});

export type HealthCheckRoundClosedV1 = z.infer<typeof healthCheckRoundClosedV1.schema>;
