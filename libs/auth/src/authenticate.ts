/**
 * Who is calling, from a request's Authorization header: the one way a Samvirke process turns a
 * bearer token into a Principal, used by the services' guard (auth.guard.ts) and by the gateway's
 * pipeline alike.
 */
import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { InvalidToken, type KeycloakTokenVerifier } from './keycloak-token.verifier.js';
import { hasRole, type Principal, type Role } from './principal.js';

const BEARER = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/;

/** The token of an `Authorization: Bearer <JWT>` header, or undefined when it has none. */
export function bearerToken(header: string | undefined): string | undefined {
  return BEARER.exec(header ?? '')?.[1];
}

export interface Authenticated {
  readonly principal: Principal;
  readonly token: string;
}

/** A 401 and the WWW-Authenticate challenge that goes with it. */
export class AuthenticationRefused extends UnauthorizedException {
  constructor(
    readonly challenge: string,
    detail: string,
    /** Why the verifier refused the token, for a debug log; never sent to the caller. */
    readonly reason?: string,
  ) {
    super(detail);
  }
}

export type Authentication = Authenticated | AuthenticationRefused;

const NO_TOKEN = (): AuthenticationRefused =>
  new AuthenticationRefused('Bearer realm="samvirke"', 'A bearer token from Keycloak is required.');

/**
 * The caller named by an Authorization header, or why there is none. Answers at once when there
 * is no token or the verifier already knows it (the common case: a client sends a token many
 * times), so a hot path need not wait a turn of the event loop.
 */
export function authenticate(
  verifier: KeycloakTokenVerifier,
  authorization: string | undefined,
): Authentication | Promise<Authentication> {
  const token = bearerToken(authorization);
  if (!token) return NO_TOKEN();
  const known = verifier.known(token);
  if (known) return { principal: known, token };
  return verifier.verify(token).then(
    (principal) => ({ principal, token }),
    (error: unknown) => {
      if (!(error instanceof InvalidToken)) throw error;
      return new AuthenticationRefused(
        'Bearer realm="samvirke", error="invalid_token"',
        'The bearer token is not valid.',
        error.message,
      );
    },
  );
}

/** Refuses (403) a principal holding none of `required`; no roles required lets anyone through. */
export function requireRole(principal: Principal, required: readonly Role[] | undefined): void {
  if (required?.length && !hasRole(principal, ...required))
    throw new ForbiddenException(`This needs one of the roles: ${required.join(', ')}.`);
}
