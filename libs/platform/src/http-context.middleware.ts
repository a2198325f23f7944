import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration, httpRequests } from './metrics.js';
import { type RequestContext, runInContext } from './request-context.js';

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request a correlation id (kept from `x-correlation-id` when it is well-formed),
 * echoes it back, and records request metrics.
 */
export function httpContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  runInContext(
    httpRequestContext(request, response, () => routeLabel(request)),
    next,
  );
}

/**
 * The context of one HTTP request, for handlers that do not go through Express (the gateway's fast
 * lane): the correlation id echoed, and the request counted under `route` when it finishes.
 */
export function httpRequestContext(
  request: IncomingMessage,
  response: ServerResponse,
  route: () => string,
): RequestContext {
  const header = request.headers['x-correlation-id'];
  const correlationId = typeof header === 'string' && ID_PATTERN.test(header) ? header : randomUUID();
  const traceparent = request.headers['traceparent'];
  response.setHeader('x-correlation-id', correlationId);
  const stopTimer = httpRequestDuration.startTimer();
  response.on('finish', () => {
    const label = route();
    const method = request.method ?? 'GET';
    stopTimer({ method, route: label });
    httpRequests.inc({ method, route: label, status: String(response.statusCode) });
  });
  return { correlationId, ...(typeof traceparent === 'string' && traceparent ? { traceparent } : {}) };
}

function routeLabel(request: Request): string {
  const route: unknown = (request as unknown as { route?: { path?: unknown } }).route?.path;
  return typeof route === 'string' ? request.baseUrl + route : 'unmatched';
}
