import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { activityStateSchema } from './partners-schemas.js';

export const activityUpdatedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.activity.updated.v1',
  description: "An activity's goals, status or period changed; carries the whole new state.",
  public: true,
  schema: activityStateSchema,
});

export type ActivityUpdatedV1 = z.infer<typeof activityUpdatedV1.schema>;
