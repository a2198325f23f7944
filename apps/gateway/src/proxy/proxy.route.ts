/**
 * /api/<service>/<path> → the owning service, as a route of the gateway's Fastify instance rather
 * than a Nest controller: the proxy needs nothing of Nest's per-request machinery (guards, pipes,
 * interceptors), and on the gateway's hottest path that is most of the CPU a request costs. The
 * caller's platform role is checked first thing in the handler (auth/caller.ts), in the request's
 * correlation context like everything the handler answers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentContext, DomainError, runInContext } from '@samvirke/platform';
import { platformRoleRefusal } from '../auth/caller.js';
import { contextOf } from '../pipeline/gateway-request.js';
import { isServiceInternalPath } from './internal-paths.js';
import { isPublicServicePath } from './public-paths.js';
import type { UpstreamClient } from './upstream.client.js';
import type { UpstreamPool } from './upstream-pool.js';

/** The proxy's route, and its name in the request metrics (as the gateway has always called it). */
export const PROXY_PATH = '/api/:service/*';
export const PROXY_ROUTE = '/api/:service/*path';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface ProxyRouteOptions {
  readonly targets: ReadonlyMap<string, UpstreamPool>;
  readonly upstream: UpstreamClient;
}

export function addProxyRoute(fastify: FastifyInstance, options: ProxyRouteOptions): void {
  fastify.route({
    method: METHODS,
    url: PROXY_PATH,
    exposeHeadRoute: false,
    handler: (request, reply) => {
      // A GET is handled in the turn its hooks ran, still in its context; a body is read on later
      // turns, so the context is set again from the request.
      const context = contextOf(request.raw);
      if (context && context !== currentContext()) runInContext(context, proxy, request, reply, options);
      else proxy(request, reply, options);
    },
  });
}

function proxy(request: FastifyRequest, reply: FastifyReply, options: ProxyRouteOptions): void {
  const { service } = request.params as { service: string };
  // The path inside the service as sent, still percent-encoded.
  const url = request.url;
  const path = url.slice(url.indexOf('/', '/api/'.length));
  const refused = isPublicServicePath(service, path)
    ? undefined
    : platformRoleRefusal(request.raw, reply.raw);
  if (refused) return void reply.send(refused);
  const target = options.targets.get(service);
  if (!target) return void reply.send(new DomainError('not-found', `There is no service called ${service}.`));
  if (path === '/' || path.startsWith('/?') || isServiceInternalPath(path))
    return void reply.send(new DomainError('not-found', `There is no ${service} API at this path.`));
  const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : undefined;
  options.upstream.forward(request.raw, reply, target, path, body);
}
