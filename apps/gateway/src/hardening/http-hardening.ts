/**
 * The first things every request meets at the gateway, before any body is read: a request id,
 * security headers and CORS for the portal. They run as plain Express middleware so that even a
 * 413 or an unknown route answers with them.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { problem } from '@samvirke/platform';
import { PROBLEM_CONTENT_TYPE } from '@samvirke/contracts';
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
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const given = request.headers['x-request-id'];
  const requestId = typeof given === 'string' && ID_PATTERN.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = requestId;
  request.headers['x-correlation-id'] ??= requestId;
  response.setHeader('x-request-id', requestId);
  next();
}

/** Headers for a JSON API that no browser should frame, sniff or cache. */
export function securityHeadersMiddleware(config: GatewayConfig): RequestHandler {
  const hsts = config.GATEWAY_HSTS.trim();
  return (_request, response, next) => {
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('x-frame-options', 'DENY');
    response.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('cross-origin-resource-policy', 'same-site');
    response.setHeader('cache-control', 'no-store');
    if (hsts) response.setHeader('strict-transport-security', hsts);
    next();
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

/**
 * CORS for the portal's origins only. Tokens travel in the Authorization header, never in
 * cookies, so credentials are not allowed. A preflight from any other origin is refused.
 */
export function corsMiddleware(config: GatewayConfig): RequestHandler {
  const origins = new Set(portalOrigins(config));
  return (request, response, next) => {
    const origin = request.headers.origin;
    if (!origin) return next();
    response.vary('Origin');
    const allowed = origins.has(origin);
    const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'];
    if (allowed) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    if (!preflight) return next();
    if (!allowed) {
      const body = problem(403, `The origin ${origin} may not call this API from a browser.`, {
        instance: request.originalUrl,
      });
      response.status(403).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
      return;
    }
    response.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    response.setHeader('access-control-max-age', '600');
    response.status(204).end();
  };
}
