import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const learningEntryRecordedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.learning-entry.recorded.v1',
  description: "A member added an entry to the programme's learning log.",
  public: false,
  schema: z.object({
    programmeId: z.uuid(),
    entryId: z.uuid(),
    title: z.string(),
    /** The indicator the entry is about, if any. */
    code: z.string().nullable(),
    organisationId: z.uuid().nullable(),
  }),
});

export type LearningEntryRecordedV1 = z.infer<typeof learningEntryRecordedV1.schema>;
