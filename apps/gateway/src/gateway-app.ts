import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { KeycloakTokenVerifier } from '@samvirke/auth';
import { byteSize, installGracefulShutdown, JsonLogger } from '@samvirke/platform';
import { AppModule } from './app.module.js';
import type { GatewayConfig } from './config.js';
import { answerFrameworkError, installPipeline } from './pipeline/pipeline.js';
import { UpstreamClient } from './proxy/upstream.client.js';

/**
 * The gateway's application, on Fastify like the services (libs/platform http-app.ts), but with
 * a pipeline of its own (pipeline/pipeline.ts): request id, correlation, security headers, CORS
 * and the rate limit come before the body is read, and bodies stay raw bytes for the services to
 * parse.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: byteSize(config.GATEWAY_BODY_LIMIT),
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError(config),
    // Clients and load balancers keep connections to the gateway open between requests; a server
    // that drops an idle one after Node's default 5 s races a client that is reusing it (seen as
    // "other side closed" under load). A minute is what proxies in front of it usually keep.
    keepAliveTimeout: 65_000,
    // No Nest middleware here: the pipeline is Fastify hooks, and middie would cost every request.
    skipMiddie: true,
    // No logger is given to Fastify, so it logs no requests (its option for that is deprecated).
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    logger: new JsonLogger('gateway'),
    bodyParser: false,
  });
  installPipeline(app.getHttpAdapter().getInstance(), {
    config,
    verifier: app.get(KeycloakTokenVerifier),
    upstream: app.get(UpstreamClient),
  });
  const server: Server = app.getHttpServer();
  server.headersTimeout = 66_000;
  installGracefulShutdown(app);
  return app;
}
