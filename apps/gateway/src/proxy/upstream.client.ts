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
import { currentCorrelationId, ShutdownSignal } from '@samvirke/platform';
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

/** A service's answer whose body has not been read yet. */
export interface UpstreamAnswer extends Exchange {
  readonly upstream: IncomingMessage;
  readonly target: URL;
}

interface Call {
  /** The caller's response: when the caller hangs up, the call to the service is cut too. */
  readonly caller: ServerResponse;
  readonly target: URL;
  readonly path: string;
  readonly method: string;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Buffer | undefined;
  readonly deadline: number;
}

/** What the service is sent of the caller's request headers, and what the gateway adds. */
function forwardedHeaders(request: IncomingMessage, body: Buffer | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  headers['x-correlation-id'] = currentCorrelationId();
  // The peer's address: the gateway trusts no x-forwarded-for a caller sends.
  headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
  headers['content-length'] = String(body?.length ?? 0);
  return headers;
}

const EVENT_STREAM = 'text/event-stream';

function isEventStream(upstream: IncomingMessage): boolean {
  const type = upstream.headers['content-type'];
  return type !== undefined && type.slice(0, EVENT_STREAM.length).toLowerCase() === EVENT_STREAM;
}

/**
 * Forwards a request to a service over kept-alive connections and streams the answer back as it
 * comes, unbuffered. The whole exchange has UPSTREAM_TIMEOUT_MS: a service that has not answered by
 * then gets the caller a 504 problem, one that cannot be reached a 502. A server-sent event stream
 * has it until its headers arrive and then runs as long as both ends keep it open; a caller who
 * hangs up closes the service's side too, and the gateway's shutdown ends the streams it relays.
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
  /** Event streams being relayed, each with its end. */
  private readonly streams = new Map<ServerResponse, () => void>();

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(ShutdownSignal) shutdown: ShutdownSignal,
  ) {
    shutdown.onShutdown(() => {
      for (const end of this.streams.values()) end();
    });
  }

  onModuleDestroy(): void {
    this.agent.destroy();
  }

  /**
   * Sends the caller's request to the service: `path` is the path and query inside it, e.g.
   * `/programmes?limit=5`, and `body` what the caller sent (GET and HEAD never carry one). Rejects
   * with a 502 or 504 exception when the service does not answer; nothing is written to the caller
   * until relay(), but a caller who hangs up meanwhile cuts the call.
   */
  call(
    request: IncomingMessage,
    caller: ServerResponse,
    target: URL,
    path: string,
    body?: Buffer,
  ): Promise<UpstreamAnswer> {
    const method = request.method ?? 'GET';
    const headers = forwardedHeaders(request, body);
    const deadline = Date.now() + this.config.UPSTREAM_TIMEOUT_MS;
    return this.exchange({ caller, target, path, method, headers, body, deadline });
  }

  private async exchange(call: Call): Promise<UpstreamAnswer> {
    let exchange: Exchange;
    try {
      exchange = await this.send(call);
      // A kept-alive connection the service closed just as it was reused: the request never
      // reached the service, so an idempotent one is sent again once on a fresh connection.
      if (exchange.staleConnection && IDEMPOTENT.has(call.method)) exchange = await this.send(call);
      if (exchange.error) throw exchange.error;
    } catch (error) {
      this.logger.warn({ msg: 'upstream call failed', target: call.target.origin, error: String(error) });
      if (error instanceof UpstreamTimeout) {
        throw new GatewayTimeoutException('The service did not answer in time.');
      }
      throw new BadGatewayException('The service is not reachable right now.');
    }
    const { upstream } = exchange;
    if (!upstream) throw new BadGatewayException('The service is not reachable right now.');
    return { ...exchange, upstream, target: call.target };
  }

  /** The service's status, the headers the caller may see, and the body as it comes. */
  relay({ upstream, outgoing, timer, target }: UpstreamAnswer, response: ServerResponse): Promise<void> {
    response.statusCode = upstream.statusCode ?? 502;
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstream.headers[name];
      if (value !== undefined) response.setHeader(name, value);
    }
    if (isEventStream(upstream)) this.keepStreaming(upstream, response, outgoing, timer);
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.streams.delete(response);
        resolve();
      };
      upstream.once('end', done);
      upstream.once('close', done);
      upstream.once('error', (error) => {
        // Headers are out already: all that is left is to cut the connection.
        this.logger.warn({ msg: 'upstream answer broke off', target: target.origin, error: String(error) });
        if (!response.writableEnded) response.destroy(error);
        done();
      });
      upstream.pipe(response);
    });
  }

  /** An event stream has no end to wait for: no deadline, headers out at once, ended at shutdown. */
  private keepStreaming(
    upstream: IncomingMessage,
    response: ServerResponse,
    outgoing: ClientRequest,
    timer: NodeJS.Timeout,
  ): void {
    clearTimeout(timer);
    response.flushHeaders();
    this.streams.set(response, () => {
      upstream.unpipe(response);
      response.end();
      outgoing.destroy();
    });
  }

  private send({ caller, target, path, method, headers, body, deadline }: Call): Promise<Exchange> {
    const outgoing = httpRequest({
      host: target.hostname,
      port: target.port,
      path,
      method,
      headers,
      agent: this.agent,
    });
    // A caller that hangs up, before the answer or during it, frees the service's side too.
    caller.once('close', () => {
      if (!caller.writableFinished) outgoing.destroy();
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
