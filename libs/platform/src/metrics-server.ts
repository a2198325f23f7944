import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { metricsRegistry } from './metrics.js';
import { Public } from './public.decorator.js';

/** GET /metrics on the service's own port (the services; the gateway serves it on a port of its own). */
@Public()
@Controller()
export class MetricsController {
  @Get('metrics')
  async metrics(@Res() response: FastifyReply): Promise<void> {
    void response.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}

export interface MetricsServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Prometheus metrics on a listener of their own (GET /metrics, nothing else), so that a public
 * port need not serve them: bind it where only the scraper reaches (127.0.0.1 by default).
 */
export async function startMetricsServer(host: string, port: number): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?', 1)[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    metricsRegistry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/metrics`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
