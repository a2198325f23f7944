import type { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';
import { publicOrganisationSchema } from './public-schemas.js';

export const publicOrganisationRegisteredV1 = defineEvent({
  type: 'dk.samvirke.public.organisation.registered.v1',
  topic: PUBLIC_TOPICS.partners,
  source: PUBLIC_SOURCE,
  aggregate: 'organisation',
  description: 'An organisation (foundation, municipality, NGO, ...) joined the platform. Public stream.',
  public: true,
  schema: publicOrganisationSchema,
});

export type PublicOrganisationRegisteredV1 = z.infer<typeof publicOrganisationRegisteredV1.schema>;
