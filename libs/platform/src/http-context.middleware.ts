import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpRequestDuration, httpRequests } from './metrics.js';
import { type RequestContext, runInContext } from './request-context.js';

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Where createHttpApp leaves the route Fastify matched on the raw request, for the metrics. */
export const HTTP_ROUTE = Symbol('samvirke.httpRoute');

type RoutedRequest = IncomingMessage & { [HTTP_ROUTE]?: string };

/**
 * Gives every request a correlation id (kept from `x-correlation-id` when it is well-formed),
 * echoes it back, and records request metrics: the services' Nest middleware.
 */
export function httpContextMiddleware(
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  runInContext(
    httpRequestContext(request, response, () => routeLabel(request)),
    next,
  );
}

/**
 * The context of one HTTP request, on Node's own request and response (the services' middleware
 * above, the gateway's pipeline): the correlation id echoed, and the request counted under `route`
 * when it finishes.
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

function routeLabel(request: RoutedRequest): string {
  return request[HTTP_ROUTE] ?? 'unmatched';
}
