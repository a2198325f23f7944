import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

/** Carries which figures changed, not the figures: readers fetch progress with their own suppression. */
export const progressUpdatedV1 = defineServiceEvent({
  type: 'dk.samvirke.measurement.progress.updated.v1',
  description: 'Progress for a period changed because a submission was approved.',
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    period: z.string(),
    indicatorCodes: z.array(z.string()),
    causedBySubmissionId: z.uuid(),
  }),
});

export type ProgressUpdatedV1 = z.infer<typeof progressUpdatedV1.schema>;
