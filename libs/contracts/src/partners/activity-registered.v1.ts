import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { activityStateSchema } from './partners-schemas.js';

export const activityRegisteredV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.activity.registered.v1',
  description: "A member registered an activity that serves one or more of the programme's goals.",
  public: true,
  schema: activityStateSchema,
});

export type ActivityRegisteredV1 = z.infer<typeof activityRegisteredV1.schema>;
