import { type z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { programmeStateSchema } from './partners-schemas.js';

export const programmeUpdatedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.programme.updated.v1',
  description: "A programme's agenda, goals, dates or status changed; carries the whole new state.",
  public: true,
  schema: programmeStateSchema,
});

export type ProgrammeUpdatedV1 = z.infer<typeof programmeUpdatedV1.schema>;
