import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { programmeStateSchema } from './partners-schemas.js';

export const programmeUpdatedV1 = defineEvent({
  type: 'dk.samvirke.partners.programme.updated.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description: "A programme's agenda, goals, dates or status changed; carries the whole new state.",
  public: true,
  schema: programmeStateSchema,
});

export type ProgrammeUpdatedV1 = z.infer<typeof programmeUpdatedV1.schema>;
