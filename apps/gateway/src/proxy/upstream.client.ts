import { BadGatewayException, GatewayTimeoutException, Inject, Injectable, Logger } from '@nestjs/common';
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
];
const RESPONSE_HEADERS = [
  'content-type',
  'location',
  'etag',
  'cache-control',
  'content-disposition',
  'retry-after',
];

@Injectable()
export class UpstreamClient {
  private readonly logger = new Logger(UpstreamClient.name);

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  async forward(request: Request, response: Response, target: URL): Promise<void> {
    const headers = new Headers();
    for (const name of REQUEST_HEADERS) {
      const value = request.header(name);
      if (value) headers.set(name, value);
    }
    headers.set('x-correlation-id', currentCorrelationId());
    headers.set('x-forwarded-for', request.ip ?? '');
    const hasBody =
      !['GET', 'HEAD'].includes(request.method) && Buffer.isBuffer(request.body) && request.body.length > 0;
    let upstream: globalThis.Response;
    try {
      upstream = await fetch(target, {
        method: request.method,
        headers,
        body: hasBody ? (request.body as Buffer) : null,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.UPSTREAM_TIMEOUT_MS),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      this.logger.warn({ msg: 'upstream call failed', target: target.origin, error: String(error) });
      if (timedOut) throw new GatewayTimeoutException('The service did not answer in time.');
      throw new BadGatewayException('The service is not reachable right now.');
    }
    response.status(upstream.status);
    for (const name of RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) response.setHeader(name, value);
    }
    response.send(Buffer.from(await upstream.arrayBuffer()));
  }
}
