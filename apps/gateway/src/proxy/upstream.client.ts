import { request as httpRequest, Agent, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import {
  BadGatewayException,
  GatewayTimeoutException,
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { currentCorrelationId } from '@samvirke/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config.js';

const REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'accept',
  'accept-language',
  'traceparent',
  'if-match',
  'if-none-match',
  'x-request-id',
];
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'location',
  'etag',
  'cache-control',
  'content-disposition',
  'retry-after',
];

class UpstreamTimeout extends Error {}

/**
 * Forwards a request to a service over kept-alive connections and streams the answer back. The
 * whole exchange has UPSTREAM_TIMEOUT_MS: a service that has not answered by then gets the caller
 * a 504 problem, one that cannot be reached a 502.
 */
@Injectable()
export class UpstreamClient implements OnModuleDestroy {
  private readonly logger = new Logger(UpstreamClient.name);
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 64 });

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  onModuleDestroy(): void {
    this.agent.destroy();
  }

  async forward(request: Request, response: Response, target: URL): Promise<void> {
    const headers: OutgoingHttpHeaders = {};
    for (const name of REQUEST_HEADERS) {
      const value = request.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    headers['x-correlation-id'] = currentCorrelationId();
    headers['x-forwarded-for'] = request.ip ?? '';
    const body =
      !['GET', 'HEAD'].includes(request.method) && Buffer.isBuffer(request.body) && request.body.length > 0
        ? request.body
        : undefined;
    headers['content-length'] = String(body?.length ?? 0);

    let upstream: IncomingMessage;
    const timeout = new UpstreamTimeout('upstream timed out');
    let timer: NodeJS.Timeout | undefined;
    const outgoing = httpRequest(target, { method: request.method, headers, agent: this.agent });
    try {
      upstream = await new Promise<IncomingMessage>((resolve, reject) => {
        timer = setTimeout(() => outgoing.destroy(timeout), this.config.UPSTREAM_TIMEOUT_MS);
        outgoing.once('response', resolve);
        outgoing.once('error', reject);
        outgoing.end(body);
      });
    } catch (error) {
      clearTimeout(timer);
      this.logger.warn({ msg: 'upstream call failed', target: target.origin, error: String(error) });
      if (error === timeout) throw new GatewayTimeoutException('The service did not answer in time.');
      throw new BadGatewayException('The service is not reachable right now.');
    }
    response.status(upstream.statusCode ?? 502);
    for (const name of RESPONSE_HEADERS) {
      const value = upstream.headers[name];
      if (value !== undefined) response.setHeader(name, value);
    }
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      upstream.once('end', done);
      upstream.once('close', done);
      // A caller that hangs up frees the upstream connection too.
      response.once('close', () => {
        if (!response.writableFinished) outgoing.destroy();
      });
      upstream.once('error', (error) => {
        // Headers are out already: all that is left is to cut the connection.
        this.logger.warn({ msg: 'upstream answer broke off', target: target.origin, error: String(error) });
        response.destroy(error);
        done();
      });
      upstream.pipe(response);
    });
  }
}
