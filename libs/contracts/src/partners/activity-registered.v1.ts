import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { activityStatusSchema, isoDateSchema } from './partners-schemas.js';

export const activityRegisteredV1 = defineEvent({
  type: 'dk.samvirke.partners.activity.registered.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description: "A member registered an activity that serves one or more of the programme's goals.",
  public: true,
  schema: z.object({
    activityId: z.uuid(),
    programmeId: z.uuid(),
    organisationId: z.uuid(),
    title: z.string(),
    goalIds: z.array(z.uuid()).min(1),
    status: activityStatusSchema,
    startDate: isoDateSchema.nullable(),
    endDate: isoDateSchema.nullable(),
  }),
});

export type ActivityRegisteredV1 = z.infer<typeof activityRegisteredV1.schema>;
