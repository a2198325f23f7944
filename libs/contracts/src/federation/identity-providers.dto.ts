import { z } from 'zod';

/**
 * An organisation's identity provider as the platform admin registers it: a SAML 2.0 IdP from its
 * metadata document, or an OIDC IdP from its issuer (discovery) and Samvirke's client there.
 */
const alias = z
  .string()
  .regex(/^[a-z][a-z0-9-]{2,39}$/, '3–40 lower-case letters, digits and hyphens, starting with a letter');
const displayName = z.string().trim().min(1).max(100);

export const registerSamlIdentityProviderSchema = z
  .object({
    protocol: z.literal('saml'),
    alias,
    displayName,
    organisationId: z.uuid(),
    /** The IdP's SAML 2.0 metadata (an EntityDescriptor with an IDPSSODescriptor), as XML text. */
    metadataXml: z.string().min(1).max(500_000),
  })
  .strict();

export const registerOidcIdentityProviderSchema = z
  .object({
    protocol: z.literal('oidc'),
    alias,
    displayName,
    organisationId: z.uuid(),
    /** The issuer; its `/.well-known/openid-configuration` gives the endpoints. */
    issuer: z.url({ protocol: /^https?$/ }).max(500),
    clientId: z.string().trim().min(1).max(200),
    clientSecret: z.string().min(1).max(500),
  })
  .strict();

export const registerIdentityProviderSchema = z.discriminatedUnion('protocol', [
  registerSamlIdentityProviderSchema,
  registerOidcIdentityProviderSchema,
]);

export type RegisterIdentityProvider = z.infer<typeof registerIdentityProviderSchema>;
export type RegisterSamlIdentityProvider = z.infer<typeof registerSamlIdentityProviderSchema>;
export type RegisterOidcIdentityProvider = z.infer<typeof registerOidcIdentityProviderSchema>;

export const identityProviderAliasParamsSchema = z.object({ alias }).strict();

export const identityProviderSchema = z.object({
  alias: z.string(),
  displayName: z.string(),
  protocol: z.enum(['saml', 'oidc']),
  enabled: z.boolean(),
  /** Registered through this API (removable here); false: defined in the realm file. */
  registeredHere: z.boolean(),
  organisationId: z.uuid().nullable(),
  /** The SAML IdP's entity id, or the OIDC issuer. */
  idpEntityId: z.string().nullable(),
  /** Where Keycloak sends the person to log in (SAML single sign-on URL, OIDC authorization endpoint). */
  loginUrl: z.string().nullable(),
  /** What the IdP side must register: Samvirke's SAML entity id for it, and its metadata's address. */
  serviceProviderEntityId: z.string().nullable(),
  serviceProviderMetadataUrl: z.string().nullable(),
  /** Where the IdP sends the person back (SAML assertion consumer service, OIDC redirect URI). */
  brokerEndpointUrl: z.string(),
  registeredAt: z.iso.datetime({ offset: true }).nullable(),
});

export type IdentityProviderDto = z.infer<typeof identityProviderSchema>;

export const identityProvidersSchema = z.object({ items: z.array(identityProviderSchema) });

export type IdentityProvidersDto = z.infer<typeof identityProvidersSchema>;

export const removedIdentityProviderSchema = z.object({
  alias: z.string(),
  /** How many people who had logged in through it were disabled. */
  disabledUsers: z.number().int().min(0),
});

export type RemovedIdentityProviderDto = z.infer<typeof removedIdentityProviderSchema>;
