import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const identityProviderRemovedV1 = defineEvent({
  type: 'dk.samvirke.partners.identity-provider.removed.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'identity-provider',
  description:
    'A platform admin removed an identity provider: deleted in Keycloak, and the people who had logged in through it disabled.',
  public: false,
  schema: z.object({
    alias: z.string().min(1),
    organisationId: z.uuid(),
    disabledUsers: z.number().int().min(0),
    removedAt: z.iso.datetime({ offset: true }),
  }),
});

export type IdentityProviderRemovedV1 = z.infer<typeof identityProviderRemovedV1.schema>;
