/**
 * The one reading of a Keycloak access token's claims: what the realm's mappers put in a token
 * (infra/keycloak/samvirke-realm.json) becomes a Principal here and nowhere else. The token has
 * been verified before its claims are read (keycloak-token.verifier.ts).
 */
import { rolesFromPrivilegeClaims } from '@samvirke/contracts';
import { isRole, type Principal, type Role } from './principal.js';

export type Claims = Readonly<Record<string, unknown>>;

/** The principal the claims describe, or undefined when they name no subject. */
export function principalFromClaims(claims: Claims): Principal | undefined {
  const subject = claims['sub'];
  if (typeof subject !== 'string') return undefined;
  const username = stringClaim(claims, 'preferred_username');
  return {
    subject,
    username,
    clientId: stringClaim(claims, 'azp'),
    roles: roles(claims),
    organisations: organisations(claims),
    isServiceAccount: username?.startsWith('service-account-') ?? false,
    email: verifiedEmail(claims),
    expiresAt: typeof claims['exp'] === 'number' ? claims['exp'] : 0,
    ...actor(claims),
  };
}

/** RFC 8693's `act` claim: the party acting for the subject (a delegated token). */
function actor(claims: Claims): { onBehalfOf?: string } {
  const act = claims['act'];
  if (typeof act !== 'object' || act === null) return {};
  const sub = (act as Claims)['sub'];
  return typeof sub === 'string' ? { onBehalfOf: sub } : {};
}

function stringClaim(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The realm roles, and for a person who logged in through their organisation's identity provider
 * the roles their privileges give there (`oio_privileges`, the base64 OIO BPP document of the SAML
 * assertion, scoped to `cvr`, the organisation's CVR, under the platform admin's table the token
 * carries in `privilege_roles`; see docs/identity.md).
 */
function roles(claims: Claims): readonly Role[] {
  const federated = rolesFromPrivilegeClaims(claims);
  const realm = realmRoles(claims);
  return federated.length === 0 ? realm : [...new Set([...realm, ...federated])];
}

/** The platform's realm roles (`realm_access.roles`); Keycloak's own (offline_access, …) are left out. */
function realmRoles(claims: Claims): readonly Role[] {
  const realmAccess = claims['realm_access'];
  const roles =
    typeof realmAccess === 'object' && realmAccess !== null
      ? (realmAccess as { roles?: unknown }).roles
      : undefined;
  return Array.isArray(roles) ? roles.filter(isRole) : [];
}

/** The user's `organisations` attribute: multivalued (an array), or a single string. */
function organisations(claims: Claims): readonly string[] {
  const value = claims['organisations'];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The e-mail claim, lower-cased, when and only when `email_verified` is exactly true: an
 * unverified address may belong to someone else, so nothing may be sent to it or matched on it.
 */
function verifiedEmail(claims: Claims): string | undefined {
  const email = claims['email'];
  if (claims['email_verified'] !== true || typeof email !== 'string' || !email.includes('@'))
    return undefined;
  return email.toLowerCase();
}
