/** The platform's realm roles, declared once: Role, isRole and every role check derive from it. */
export const ROLES = [
  'platform-admin',
  'foundation-officer',
  'backbone-coordinator',
  'reporter',
  'partner-member',
  'integration',
] as const;

export type Role = (typeof ROLES)[number];

/** Who is calling, as stated by a verified Keycloak access token (read by claims.ts). */
export interface Principal {
  readonly subject: string;
  readonly username: string | undefined;
  /** The client the token was issued to (azp). */
  readonly clientId: string | undefined;
  readonly roles: readonly Role[];
  /** Organisation ids from the user's `organisations` attribute. */
  readonly organisations: readonly string[];
  readonly isServiceAccount: boolean;
  /**
   * The token's `email`, lower-cased, only when Keycloak says it is verified (`email_verified`):
   * an unverified address may belong to someone else, so nothing may be sent to it or matched on it.
   */
  readonly email: string | undefined;
  /** The token's `exp`, in seconds since 1970. */
  readonly expiresAt: number;
  /** The subject a delegated token acts for (RFC 8693 `act.sub`): recorded in the audit trail. */
  readonly onBehalfOf?: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}

export function belongsTo(principal: Principal, organisationId: string): boolean {
  return principal.organisations.includes(organisationId);
}
