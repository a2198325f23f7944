import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';

/**
 * Names the indicators whose progress changed, never the figures: counts below the suppression
 * threshold must not leak, so readers fetch progress through the API, which suppresses them.
 */
export const publicProgressUpdatedV1 = defineEvent({
  type: 'dk.samvirke.public.progress.updated.v1',
  topic: PUBLIC_TOPICS.measurement,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description:
    "A programme's progress for a period changed (a submission was approved); which indicators, not the figures. Public stream.",
  public: true,
  schema: z.object({
    programmeId: z.uuid(),
    period: z.string(),
    indicatorCodes: z.array(z.string()),
  }),
});

export type PublicProgressUpdatedV1 = z.infer<typeof publicProgressUpdatedV1.schema>;
