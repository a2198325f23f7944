import type { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';
import { publicProgrammeSchema } from './public-schemas.js';

export const publicProgrammeCreatedV1 = defineEvent({
  type: 'dk.samvirke.public.programme.created.v1',
  topic: PUBLIC_TOPICS.partners,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description: 'A programme (its common agenda: goals and themes) was created. Public stream.',
  public: true,
  schema: publicProgrammeSchema,
});

export type PublicProgrammeCreatedV1 = z.infer<typeof publicProgrammeCreatedV1.schema>;
