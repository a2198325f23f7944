import {
  request as httpRequest,
  Agent,
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import {
  BadGatewayException,
  GatewayTimeoutException,
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
} from '@nestjs/common';
import { currentCorrelationId } from '@samvirke/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config.js';
import { FORWARDED_REQUEST_HEADERS, RETURNED_RESPONSE_HEADERS } from './forwarded-headers.js';

class UpstreamTimeout extends Error {}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

interface Exchange {
  readonly outgoing: ClientRequest;
  readonly timer: NodeJS.Timeout;
  readonly upstream?: IncomingMessage;
  readonly error?: Error;
  readonly staleConnection?: boolean;
}

/**
 * Forwards a request to a service over kept-alive connections and streams the answer back. The
 * whole exchange has UPSTREAM_TIMEOUT_MS: a service that has not answered by then gets the caller
 * a 504 problem, one that cannot be reached a 502.
 */
@Injectable()
export class UpstreamClient implements OnModuleDestroy {
  private readonly logger = new Logger(UpstreamClient.name);
  // Idle connections are dropped after 4 s, before Node services drop them (5 s keep-alive).
  private readonly agent = new Agent({
    keepAlive: true,
    maxSockets: 512,
    maxFreeSockets: 64,
    timeout: 4_000,
  });

  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  onModuleDestroy(): void {
    this.agent.destroy();
  }

  /**
   * `path` is the path and query inside the service, e.g. `/programmes?limit=5`. A body the caller
   * sent has been read into `body` (GET and HEAD never carry one). Node's own request and response
   * types, so that Express's routes and the fast lane forward alike.
   */
  async forward(
    request: IncomingMessage,
    response: ServerResponse,
    target: URL,
    path: string,
    body?: Buffer,
  ): Promise<void> {
    const method = request.method ?? 'GET';
    const headers: OutgoingHttpHeaders = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    headers['x-correlation-id'] = currentCorrelationId();
    // What Express calls request.ip with 'trust proxy' off: the peer's address.
    headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
    headers['content-length'] = String(body?.length ?? 0);

    const deadline = Date.now() + this.config.UPSTREAM_TIMEOUT_MS;
    let exchange: Exchange;
    try {
      exchange = await this.send(target, path, method, headers, body, deadline);
      // A kept-alive connection the service closed just as it was reused: the request never
      // reached the service, so an idempotent one is sent again once on a fresh connection.
      if (exchange.staleConnection && IDEMPOTENT.has(method)) {
        exchange = await this.send(target, path, method, headers, body, deadline);
      }
      if (exchange.error) throw exchange.error;
    } catch (error) {
      this.logger.warn({ msg: 'upstream call failed', target: target.origin, error: String(error) });
      if (error instanceof UpstreamTimeout) {
        throw new GatewayTimeoutException('The service did not answer in time.');
      }
      throw new BadGatewayException('The service is not reachable right now.');
    }
    const { upstream, outgoing, timer } = exchange;
    if (!upstream) throw new BadGatewayException('The service is not reachable right now.');
    response.statusCode = upstream.statusCode ?? 502;
    for (const name of RETURNED_RESPONSE_HEADERS) {
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

  private send(
    target: URL,
    path: string,
    method: string,
    headers: OutgoingHttpHeaders,
    body: Buffer | undefined,
    deadline: number,
  ): Promise<Exchange> {
    const outgoing = httpRequest({
      host: target.hostname,
      port: target.port,
      path,
      method,
      headers,
      agent: this.agent,
    });
    return new Promise<Exchange>((resolve) => {
      const timer = setTimeout(
        () => outgoing.destroy(new UpstreamTimeout('upstream timed out')),
        Math.max(0, deadline - Date.now()),
      );
      outgoing.once('response', (upstream) => resolve({ outgoing, timer, upstream }));
      outgoing.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        const staleConnection = outgoing.reusedSocket && error.code === 'ECONNRESET';
        resolve({ outgoing, timer, error, staleConnection });
      });
      outgoing.end(body);
    });
  }
}
