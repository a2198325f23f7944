import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { goalSummarySchema, isoDateSchema, programmeStatusSchema } from './partners-schemas.js';

export const programmeUpdatedV1 = defineEvent({
  type: 'dk.samvirke.partners.programme.updated.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
  description: "A programme's agenda, goals, dates or status changed; carries the whole new state.",
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    slug: z.string(),
    name: z.string(),
    status: programmeStatusSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable(),
    backboneOrganisationId: z.uuid().nullable(),
    goals: z.array(goalSummarySchema),
    themes: z.array(z.string()),
  }),
});

export type ProgrammeUpdatedV1 = z.infer<typeof programmeUpdatedV1.schema>;
