import { z } from 'zod';

/** The Keycloak event types that mean someone was refused at login. */
export const REFUSED_LOGIN_TYPES = [
  'LOGIN_ERROR',
  'IDENTITY_PROVIDER_LOGIN_ERROR',
  'IDENTITY_PROVIDER_FIRST_LOGIN_ERROR',
  'IDENTITY_PROVIDER_POST_LOGIN_ERROR',
] as const;

export const listRefusedLoginsQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export type ListRefusedLoginsQuery = z.infer<typeof listRefusedLoginsQuerySchema>;

/**
 * One refused login, as Keycloak's event store recorded it: when, why (Keycloak's error code, e.g.
 * `access_denied` for an organisation not connected), through which identity provider, and the
 * Keycloak username it concerned, if any, or the person's id at the identity provider. No IP
 * address, no session.
 */
export const refusedLoginSchema = z.object({
  time: z.iso.datetime({ offset: true }),
  type: z.enum(REFUSED_LOGIN_TYPES),
  error: z.string(),
  identityProvider: z.string().nullable(),
  username: z.string().nullable(),
  /** The person's id at the identity provider (the persistent NameID), to take up with the organisation. */
  identity: z.string().nullable(),
  client: z.string().nullable(),
});

export type RefusedLogin = z.infer<typeof refusedLoginSchema>;

export const refusedLoginsSchema = z.object({ items: z.array(refusedLoginSchema) });

export type RefusedLoginsDto = z.infer<typeof refusedLoginsSchema>;
