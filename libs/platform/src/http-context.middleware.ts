import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration, httpRequests } from './metrics.js';
import { runInContext } from './request-context.js';

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request a correlation id (kept from `x-correlation-id` when it is well-formed),
 * echoes it back, and records request metrics.
 */
export function httpContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const header = request.header('x-correlation-id');
  const correlationId = header && ID_PATTERN.test(header) ? header : randomUUID();
  const traceparent = request.header('traceparent');
  response.setHeader('x-correlation-id', correlationId);
  const stopTimer = httpRequestDuration.startTimer();
  response.on('finish', () => {
    const route = routeLabel(request);
    stopTimer({ method: request.method, route });
    httpRequests.inc({ method: request.method, route, status: String(response.statusCode) });
  });
  runInContext({ correlationId, ...(traceparent ? { traceparent } : {}) }, next);
}

function routeLabel(request: Request): string {
  const route: unknown = (request as unknown as { route?: { path?: unknown } }).route?.path;
  return typeof route === 'string' ? request.baseUrl + route : 'unmatched';
}
