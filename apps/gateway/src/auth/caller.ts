/**
 * Who is calling, asked once per request (libs/auth's authenticate) and used twice: the rate
 * limit keys its buckets by it before any body is read, and the proxy route lets through only a
 * caller holding a platform role. Routes of the gateway's own (API documents, health, …) are
 * guarded by libs/auth's global guard, which asks the same verifier.
 */
import {
  authenticate,
  AuthenticationRefused,
  type KeycloakTokenVerifier,
  requireRole,
  ROLES,
} from '@samvirke/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestHook } from '../hardening/http-hardening.js';
import { callerOf, keepCaller } from '../pipeline/gateway-request.js';

/** Verifies the bearer token, if any, and keeps the outcome on the request. */
export function identifyCaller(verifier: KeycloakTokenVerifier): RequestHook {
  return (request, _reply, done) => {
    if (request.url.startsWith('/health/')) return done();
    const outcome = authenticate(verifier, request.headers.authorization);
    if (!(outcome instanceof Promise)) {
      keepCaller(request, outcome);
      return done();
    }
    outcome.then(
      (caller) => {
        keepCaller(request, caller);
        done();
      },
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  };
}

/**
 * 401 with a WWW-Authenticate challenge without a valid token, 403 without a platform role: the
 * gateway checks only that; the service decides whether this caller may touch this data.
 */
export function platformRoleRefusal(request: FastifyRequest, reply: FastifyReply): Error | undefined {
  const caller = callerOf(request);
  if (!caller) return new Error('the caller was not identified before the proxy');
  if (caller instanceof AuthenticationRefused) {
    reply.raw.setHeader('www-authenticate', caller.challenge);
    return caller;
  }
  try {
    requireRole(caller.principal, ROLES);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}
