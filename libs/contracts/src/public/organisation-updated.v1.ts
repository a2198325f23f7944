import type { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';
import { publicOrganisationSchema } from './public-schemas.js';

export const publicOrganisationUpdatedV1 = defineEvent({
  type: 'dk.samvirke.public.organisation.updated.v1',
  topic: PUBLIC_TOPICS.partners,
  source: PUBLIC_SOURCE,
  aggregate: 'organisation',
  description:
    "An organisation's public details changed or it was archived; the whole new state. Public stream.",
  public: true,
  schema: publicOrganisationSchema,
});

export type PublicOrganisationUpdatedV1 = z.infer<typeof publicOrganisationUpdatedV1.schema>;
