import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpRequestDuration, httpRequests } from './metrics.js';
import { type RequestContext, runInContext } from './request-context.js';

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Where the route a request matched is left on Node's request (createHttpApp's hook, the
 * gateway's pipeline), for the request metrics: a route pattern such as `/programmes/:id`.
 */
export const HTTP_ROUTE = Symbol('samvirke.httpRoute');
const STARTED = Symbol('samvirke.httpStarted');

type RoutedRequest = IncomingMessage & { [HTTP_ROUTE]?: string };
type TimedResponse = ServerResponse & { [STARTED]?: number; req: RoutedRequest };

/**
 * Gives every request a correlation id (kept from `x-correlation-id` when it is well-formed),
 * echoes it back, and records request metrics: the services' Nest middleware.
 */
export function httpContextMiddleware(
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  runInContext(httpRequestContext(request, response), next);
}

/**
 * The context of one HTTP request, on Node's own request and response (the services' middleware
 * above, the gateway's pipeline): the correlation id echoed, and the request counted when it
 * finishes, under the route then left in `request[HTTP_ROUTE]` ('unmatched' without one).
 */
export function httpRequestContext(request: IncomingMessage, response: ServerResponse): RequestContext {
  const header = request.headers['x-correlation-id'];
  const correlationId = typeof header === 'string' && ID_PATTERN.test(header) ? header : randomUUID();
  const traceparent = request.headers['traceparent'];
  response.setHeader('x-correlation-id', correlationId);
  (response as TimedResponse)[STARTED] = performance.now();
  // One listener shared by every response (no closure per request): the gateway's hottest path.
  response.on('finish', countRequest);
  return typeof traceparent === 'string' && traceparent ? { correlationId, traceparent } : { correlationId };
}

function countRequest(this: TimedResponse): void {
  const request = this.req;
  const route = request[HTTP_ROUTE] ?? 'unmatched';
  const method = request.method ?? 'GET';
  httpRequestDuration.observe({ method, route }, (performance.now() - (this[STARTED] ?? 0)) / 1_000);
  httpRequests.inc({ method, route, status: String(this.statusCode) });
}
