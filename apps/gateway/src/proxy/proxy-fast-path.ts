/**
 * The proxy's hot path, as plain Express middleware in front of Nest's router: a request for a
 * known service whose bearer token verifies and carries a platform role is forwarded at once.
 * Every other request (no token, a bad one, no role, an unknown service, anything not under
 * /api/<service>/) goes on to Nest, where the global guard and ProxyController answer it exactly
 * as before — this path only ever says yes where they would. Measured: a quarter less gateway CPU
 * per proxied request (bench/gateway.bench.ts).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isRole, type AuthenticatedRequest, type KeycloakTokenVerifier } from '@samvirke/auth';
import { type GatewayConfig, upstreams } from '../config.js';
import type { UpstreamClient } from './upstream.client.js';

const BEARER = /^Bearer ([A-Za-z0-9\-_=]+\.[A-Za-z0-9\-_=]+\.?[A-Za-z0-9\-_.+/=]*)$/;
/** What the metrics call the route, the same as ProxyController's. */
const ROUTE = { path: '/api/:service/*path' };

/** A path Nest's router could not decode goes there, to be refused as it always was. */
function decodable(path: string): boolean {
  if (!path.includes('%')) return true;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Mount at /api, after the body parser. */
export function proxyFastPath(
  config: GatewayConfig,
  verifier: KeycloakTokenVerifier,
  upstream: UpstreamClient,
): RequestHandler {
  const targets = new Map(Object.entries(upstreams(config)).map(([name, url]) => [name, new URL(url)]));
  return (request: Request, response: Response, next: NextFunction) => {
    // Inside a middleware mounted at /api, url is /<service>/<rest>?<query>.
    const slash = request.url.indexOf('/', 1);
    const base = slash > 0 ? targets.get(request.url.slice(1, slash)) : undefined;
    const token = base ? BEARER.exec(request.headers.authorization ?? '')?.[1] : undefined;
    if (!base || !token || !decodable(request.path)) return next();
    verifier.verify(token).then(
      (principal) => {
        if (!principal.roles.some(isRole)) return next();
        const authenticated = request as AuthenticatedRequest;
        authenticated.principal = principal;
        authenticated.rawToken = token;
        Object.defineProperty(request, 'route', { value: ROUTE, configurable: true });
        Object.defineProperty(request, 'baseUrl', { value: '', configurable: true, writable: true });
        upstream.forward(request, response, base, request.url.slice(slash)).catch(next);
      },
      () => next(),
    );
  };
}
