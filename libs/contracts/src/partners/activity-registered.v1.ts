import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { activityStateSchema } from './partners-schemas.js';

export const activityRegisteredV1 = defineEvent({
  type: 'dk.samvirke.partners.activity.registered.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description: "A member registered an activity that serves one or more of the programme's goals.",
  public: true,
  schema: activityStateSchema,
});

export type ActivityRegisteredV1 = z.infer<typeof activityRegisteredV1.schema>;
