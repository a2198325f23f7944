import type { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';
import { publicProgrammeSchema } from './public-schemas.js';

export const publicProgrammeUpdatedV1 = defineEvent({
  type: 'dk.samvirke.public.programme.updated.v1',
  topic: PUBLIC_TOPICS.partners,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description: "A programme's common agenda or status changed; the whole new state. Public stream.",
  public: true,
  schema: publicProgrammeSchema,
});

export type PublicProgrammeUpdatedV1 = z.infer<typeof publicProgrammeUpdatedV1.schema>;
