import { type z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { programmeStateSchema } from './partners-schemas.js';

export const programmeCreatedV1 = defineEvent({
  type: 'dk.samvirke.partners.programme.created.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description: 'A programme (its common agenda) was created.',
  public: true,
  schema: programmeStateSchema,
});

export type ProgrammeCreatedV1 = z.infer<typeof programmeCreatedV1.schema>;
