import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { KeycloakTokenVerifier } from '@samvirke/auth';
import { httpContextMiddleware, installGracefulShutdown, JsonLogger } from '@samvirke/platform';
import { AppModule } from './app.module.js';
import { type GatewayConfig, upstreamTargets } from './config.js';
import { bodyEncodingMiddleware } from './hardening/body-encoding.js';
import {
  corsMiddleware,
  requestIdMiddleware,
  securityHeadersMiddleware,
} from './hardening/http-hardening.js';
import { rateLimitMiddleware, TokenBuckets } from './hardening/rate-limiter.js';
import { installFastLane } from './proxy/fast-lane.js';
import { UpstreamClient } from './proxy/upstream.client.js';

/**
 * The gateway's application. Unlike the services it sets up its own middleware order: request id,
 * correlation, security headers, CORS and the rate limit come before the body is read, so that a
 * 413, a 429 or an unknown route carries them too. Bodies stay raw bytes; the services parse them.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new JsonLogger('gateway'),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('etag', false);
  // The rate limit keys by the verified caller; the verifier remembers tokens, so the guard's
  // second look at the same token costs a lookup.
  const verifier = app.get(KeycloakTokenVerifier);
  const buckets = new TokenBuckets(config.GATEWAY_RATE_LIMIT, config.GATEWAY_RATE_WINDOW_MS);
  const securityHeaders = securityHeadersMiddleware(config);
  app.use(requestIdMiddleware);
  app.use(httpContextMiddleware);
  app.use(securityHeaders);
  app.use(corsMiddleware(config));
  app.use(rateLimitMiddleware(buckets, verifier, config.GATEWAY_RATE_LIMIT));
  app.useBodyParser('raw', { type: () => true, limit: config.GATEWAY_BODY_LIMIT });
  app.use(bodyEncodingMiddleware);
  // Clients and load balancers keep connections to the gateway open between requests; a server
  // that drops an idle one after Node's default 5 s races a client that is reusing it (seen as
  // "other side closed" under load). A minute is what proxies in front of it usually keep.
  const server: Server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Reads by callers already verified skip Express and Nest (see fast-lane.ts); the rest don't.
  installFastLane(server, {
    targets: upstreamTargets(config),
    verifier,
    buckets,
    rateLimit: config.GATEWAY_RATE_LIMIT,
    securityHeaders,
    upstream: app.get(UpstreamClient),
  });
  installGracefulShutdown(app);
  return app;
}
