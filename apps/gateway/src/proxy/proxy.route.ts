/**
 * /api/<service>/<path> → the owning service, as a route of the gateway's Fastify instance rather
 * than a Nest controller: the proxy needs nothing of Nest's per-request machinery (guards, pipes,
 * interceptors), and on the gateway's hottest path that is most of the CPU a request costs. The
 * caller's platform role is checked first thing in the handler (auth/caller.ts), in the request's
 * correlation context like everything the handler answers.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, HTTP_ROUTE, runInContext } from '@samvirke/platform';
import { contextOf } from '../pipeline/gateway-request.js';
import { isServiceInternalPath } from './internal-paths.js';
import type { UpstreamClient } from './upstream.client.js';

/** The proxy's route, and its name in the request metrics (as the gateway has always called it). */
export const PROXY_PATH = '/api/:service/*';
export const PROXY_ROUTE = '/api/:service/*path';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface ProxyRouteOptions {
  readonly targets: ReadonlyMap<string, URL>;
  readonly upstream: UpstreamClient;
  /** Why a caller may not pass (401, 403), checked before anything is forwarded. */
  readonly refusal: (request: FastifyRequest, reply: FastifyReply) => Error | undefined;
}

export function addProxyRoute(fastify: FastifyInstance, options: ProxyRouteOptions): void {
  fastify.route({
    method: METHODS,
    url: PROXY_PATH,
    exposeHeadRoute: false,
    handler: (request, reply) => {
      (request.raw as IncomingMessage & { [HTTP_ROUTE]?: string })[HTTP_ROUTE] = PROXY_ROUTE;
      const work = (): void => {
        const refused = options.refusal(request, reply);
        if (refused) void reply.send(refused);
        else forward(request, reply, options).catch((error: unknown) => reply.send(error));
      };
      // Errors are answered inside the request's context, so their problem names its correlation id.
      const context = contextOf(request);
      if (context) runInContext(context, work);
      else work();
    },
  });
}

async function forward(
  request: FastifyRequest,
  reply: FastifyReply,
  options: ProxyRouteOptions,
): Promise<void> {
  const { target, path } = destination(request, options.targets);
  const body =
    request.method !== 'GET' &&
    request.method !== 'HEAD' &&
    Buffer.isBuffer(request.body) &&
    request.body.length > 0
      ? request.body
      : undefined;
  const answer = await options.upstream.call(request.raw, reply.raw, target, path, body);
  // From here the service's answer is the caller's, streamed as it comes.
  reply.hijack();
  await options.upstream.relay(answer, reply.raw);
}

/** The service and the path inside it (as sent, still percent-encoded); 404 for anything else. */
function destination(
  request: FastifyRequest,
  targets: ReadonlyMap<string, URL>,
): { target: URL; path: string } {
  const { service } = request.params as { service: string };
  const target = targets.get(service);
  if (!target) throw new DomainError('not-found', `There is no service called ${service}.`);
  const url = request.url;
  const path = url.slice(url.indexOf('/', '/api/'.length));
  if (path === '/' || path.startsWith('/?') || isServiceInternalPath(path))
    throw new DomainError('not-found', `There is no ${service} API at this path.`);
  return { target, path };
}
