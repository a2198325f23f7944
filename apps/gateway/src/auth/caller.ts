/**
 * Who is calling, asked once per request (libs/auth's authenticate) and used twice: the rate
 * limit keys its buckets by it before any body is read, and the proxy route lets through only a
 * caller holding a platform role. Routes of the gateway's own (API documents, health, …) are
 * guarded by libs/auth's global guard, which asks the same verifier.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  authenticate,
  AuthenticationRefused,
  type KeycloakTokenVerifier,
  requireRole,
  ROLES,
} from '@samvirke/auth';
import { callerOf, keepCaller } from '../pipeline/gateway-request.js';

/**
 * Verifies the bearer token, if any, and keeps the outcome on the request. Returns a promise only
 * for a token the verifier has not seen yet; a known one (the common case) is answered at once.
 */
export function identifyCaller(
  verifier: KeycloakTokenVerifier,
  request: IncomingMessage,
): Promise<void> | undefined {
  const outcome = authenticate(verifier, request.headers.authorization);
  if (!(outcome instanceof Promise)) {
    keepCaller(request, outcome);
    return undefined;
  }
  return outcome.then((caller) => keepCaller(request, caller));
}

/**
 * 401 with a WWW-Authenticate challenge without a valid token, 403 without a platform role: the
 * gateway checks only that; the service decides whether this caller may touch this data.
 */
export function platformRoleRefusal(request: IncomingMessage, response: ServerResponse): Error | undefined {
  const caller = callerOf(request);
  if (!caller) return new Error('the caller was not identified before the proxy');
  if (caller instanceof AuthenticationRefused) {
    response.setHeader('www-authenticate', caller.challenge);
    return caller;
  }
  try {
    requireRole(caller.principal, ROLES);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
