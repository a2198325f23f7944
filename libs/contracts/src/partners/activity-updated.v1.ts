import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { activityStateSchema } from './partners-schemas.js';

export const activityUpdatedV1 = defineEvent({
  type: 'dk.samvirke.partners.activity.updated.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description: "An activity's goals, status or period changed; carries the whole new state.",
  public: true,
  schema: activityStateSchema,
});

export type ActivityUpdatedV1 = z.infer<typeof activityUpdatedV1.schema>;
