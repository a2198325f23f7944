/**
 * What the gateway's pipeline learns about a request on its way through (pipeline.ts): the
 * request's correlation context and who is calling. Kept on Node's own request, so the proxy,
 * which works on Node's request and response, reads it as the hooks do.
 */
import type { IncomingMessage } from 'node:http';
import type { Authentication } from '@samvirke/auth';
import type { RequestContext } from '@samvirke/platform';

const CONTEXT = Symbol('samvirke.gateway.context');
const CALLER = Symbol('samvirke.gateway.caller');

export type GatewayRequest = IncomingMessage & {
  [CONTEXT]?: RequestContext;
  [CALLER]?: Authentication;
};

export function keepContext(request: IncomingMessage, context: RequestContext): void {
  (request as GatewayRequest)[CONTEXT] = context;
}

/**
 * The request's correlation context. A body is read between the hooks and the handler, on the
 * socket's own turns of the event loop, so the handler cannot count on the context that was
 * current when the hooks ran; it takes it from here.
 */
export function contextOf(request: IncomingMessage): RequestContext | undefined {
  return (request as GatewayRequest)[CONTEXT];
}

export function keepCaller(request: IncomingMessage, caller: Authentication): void {
  (request as GatewayRequest)[CALLER] = caller;
}

/** Who the bearer token says is calling, or why it says nothing (undefined: not asked yet). */
export function callerOf(request: IncomingMessage): Authentication | undefined {
  return (request as GatewayRequest)[CALLER];
}
