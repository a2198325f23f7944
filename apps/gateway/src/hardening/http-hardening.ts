/**
 * The first things every request meets at the gateway, before any body is read: a request id,
 * security headers and CORS for the portal (pipeline.ts puts them in order). Their headers go on
 * Node's own response, so that every answer carries them: Fastify's, the proxy's streamed one,
 * a 413 or an unknown route's 404.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ForbiddenException } from '@nestjs/common';
import { type GatewayConfig, portalOrigins } from '../config.js';
import { FORWARDED_REQUEST_HEADERS, RETURNED_RESPONSE_HEADERS } from '../proxy/forwarded-headers.js';

/** Response headers a browser reads without being told (the CORS-safelisted ones). */
const CORS_SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Keeps a well-formed `x-request-id` or makes one, echoes it and leaves it on the request for the
 * proxy to forward. Without a correlation id of its own the request is correlated by it.
 */
export function requestId(request: IncomingMessage, response: ServerResponse): void {
  const { headers } = request;
  const given = headers['x-request-id'];
  const id = typeof given === 'string' && ID_PATTERN.test(given) ? given : randomUUID();
  headers['x-request-id'] = id;
  headers['x-correlation-id'] ??= id;
  response.setHeader('x-request-id', id);
}

/** Headers for a JSON API that no browser should frame, sniff or cache. */
export function securityHeaders(config: GatewayConfig): (response: ServerResponse) => void {
  const hsts = config.GATEWAY_HSTS.trim();
  return (response) => {
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('x-frame-options', 'DENY');
    response.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('cross-origin-resource-policy', 'same-site');
    response.setHeader('cache-control', 'no-store');
    if (hsts) response.setHeader('strict-transport-security', hsts);
  };
}

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
// A browser may send what the proxy forwards, and read what it passes back (both include every
// header an API operation documents, e.g. Prefer and Preference-Applied).
const ALLOWED_HEADERS = [...new Set([...FORWARDED_REQUEST_HEADERS, 'x-correlation-id'])].join(', ');
const EXPOSED_HEADERS = [
  ...new Set([
    'location',
    'etag',
    'retry-after',
    'content-disposition',
    'x-request-id',
    'x-correlation-id',
    'www-authenticate',
    ...RETURNED_RESPONSE_HEADERS.filter((name) => !CORS_SAFELISTED.has(name)),
  ]),
].join(', ');

/** What CORS makes of a request: nothing to do, a preflight to answer (204), or a refusal (403). */
export type CorsOutcome = undefined | 'preflight' | ForbiddenException;

/**
 * CORS for the portal's origins only. Tokens travel in the Authorization header, never in
 * cookies, so credentials are not allowed. A preflight from any other origin is refused.
 */
export function cors(
  config: GatewayConfig,
): (request: IncomingMessage, response: ServerResponse) => CorsOutcome {
  const origins = new Set(portalOrigins(config));
  return (request, response) => {
    const origin = request.headers.origin;
    if (!origin) return undefined;
    const vary = response.getHeader('vary');
    response.setHeader('vary', vary ? `${String(vary)}, Origin` : 'Origin');
    const allowed = origins.has(origin);
    if (allowed) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (request.method !== 'OPTIONS' || !request.headers['access-control-request-method']) return undefined;
    if (!allowed) return new ForbiddenException(`The origin ${origin} may not call this API from a browser.`);
    response.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    response.setHeader('access-control-max-age', '600');
    return 'preflight';
  };
}
