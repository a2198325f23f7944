import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const identityProviderRegisteredV1 = defineEvent({
  type: 'dk.samvirke.partners.identity-provider.registered.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'identity-provider',
  description:
    "A platform admin registered an organisation's identity provider (SAML or OIDC); its people can log in through it from now on.",
  public: false,
  schema: z.object({
    alias: z.string().min(1),
    protocol: z.enum(['saml', 'oidc']),
    organisationId: z.uuid(),
    displayName: z.string().min(1),
    /** The SAML IdP's entity id or the OIDC issuer. */
    idpEntityId: z.string().min(1),
    registeredAt: z.iso.datetime({ offset: true }),
  }),
});

export type IdentityProviderRegisteredV1 = z.infer<typeof identityProviderRegisteredV1.schema>;
