import {
  request as httpRequest,
  Agent,
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type RequestOptions,
  type ServerResponse,
} from 'node:http';
import {
  BadGatewayException,
  GatewayTimeoutException,
  type HttpException,
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
} from '@nestjs/common';
import { currentCorrelationId, ShutdownSignal } from '@samvirke/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config.js';
import { FORWARDED_REQUEST_HEADERS, RETURNED_RESPONSE_HEADERS } from './forwarded-headers.js';
import { failoverTarget, type UpstreamPool } from './upstream-pool.js';

class UpstreamTimeout extends Error {}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const EVENT_STREAM = 'text/event-stream';

/**
 * The caller's side of a call, as the proxy route has it (Fastify's reply): Node's response, which
 * the service's answer is streamed to once it comes, and until then the route's own way to answer
 * (a 502 or 504 problem) and to stop answering (hijack: the answer is the service's from then on).
 */
export interface Caller {
  readonly raw: ServerResponse;
  hijack(): unknown;
  send(error: HttpException): unknown;
}

/** One request on its way to a service: what it is sent, and the caller waiting for the answer. */
interface Call {
  readonly caller: Caller;
  readonly pool: UpstreamPool;
  /** The instance this attempt goes to, and those tried (by origin). */
  instance: URL;
  readonly tried: Set<string>;
  readonly options: RequestOptions;
  readonly body: Buffer | undefined;
  readonly deadline: number;
  /** Sent a second time, on a fresh connection (see send). */
  retried: boolean;
  /** The service's answer has begun: from then on it is the caller's. */
  answered: boolean;
}

/**
 * Forwards a request to a service over kept-alive connections and streams the answer back as it
 * comes, unbuffered. The whole exchange has UPSTREAM_TIMEOUT_MS: a service that has not answered by
 * then gets the caller a 504 problem, one that cannot be reached a 502. A server-sent event stream
 * has it until its headers arrive and then runs as long as both ends keep it open; a caller who
 * hangs up closes the service's side too, and the gateway's shutdown ends the streams it relays.
 *
 * The gateway's hottest path: plain callbacks, no promise per step, and the request's headers read
 * once, into what the service is sent.
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
   * `/programmes?limit=5`, and `body` what the caller sent (GET and HEAD never carry one). The
   * caller gets the service's answer, or a 502 or 504 problem when there is none.
   */
  forward(request: IncomingMessage, caller: Caller, pool: UpstreamPool, path: string, body?: Buffer): void {
    const method = request.method ?? 'GET';
    const target = pool.pick()!;
    const options: RequestOptions & { servername: string } = {
      host: target.hostname,
      port: target.port,
      path,
      method,
      headers: forwardedHeaders(request, body),
      agent: this.agent,
      // A TLS name is of no use over plain HTTP; without one the agent works it out per request.
      servername: '',
    };
    const deadline = Date.now() + this.config.UPSTREAM_TIMEOUT_MS;
    const call = { caller, pool, instance: target, tried: new Set([target.origin]), options, body, deadline };
    this.send({ ...call, retried: false, answered: false });
  }

  /** The call sent again to another instance (upstream-pool.ts, failoverTarget), if it may be. */
  private failover(call: Call, error: NodeJS.ErrnoException, method: string): boolean {
    if (call.answered || error instanceof UpstreamTimeout || Date.now() >= call.deadline) return false;
    const next = failoverTarget(call.pool, call.tried, call.instance, error, IDEMPOTENT.has(method));
    if (!next) return false;
    call.instance = next;
    call.options.host = next.hostname;
    call.options.port = next.port;
    this.send(call);
    return true;
  }

  private send(call: Call): void {
    const outgoing = httpRequest(call.options);
    const timer = setTimeout(expire, Math.max(0, call.deadline - Date.now()), outgoing);
    outgoing.on('response', (upstream: IncomingMessage) => this.relay(call, outgoing, upstream, timer));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // A kept-alive connection the service closed just as it was reused: the request never
      // reached the service, so an idempotent one is sent again once on a fresh connection.
      const stale = outgoing.reusedSocket && error.code === 'ECONNRESET';
      if (stale && !call.retried && IDEMPOTENT.has(outgoing.method)) {
        call.retried = true;
        this.send(call);
      } else if (!this.failover(call, error, outgoing.method) && !call.answered) this.failed(call, error);
    });
    // A caller that hangs up, before the answer or during it, frees the service's side too.
    call.caller.raw.on('close', () => {
      if (!call.caller.raw.writableFinished) outgoing.destroy();
    });
    outgoing.end(call.body);
  }

  private failed(call: Call, error: Error): void {
    this.logger.warn({ msg: 'upstream call failed', target: call.instance.origin, error: String(error) });
    // A caller who hung up is not answered (the hang-up is what cut the call).
    if (call.caller.raw.destroyed) return;
    call.caller.send(
      error instanceof UpstreamTimeout
        ? new GatewayTimeoutException('The service did not answer in time.')
        : new BadGatewayException('The service is not reachable right now.'),
    );
  }

  /** The service's status, the headers the caller may see, and the body as it comes. */
  private relay(call: Call, outgoing: ClientRequest, upstream: IncomingMessage, timer: NodeJS.Timeout): void {
    const response = call.caller.raw;
    // From here the service's answer is the caller's, streamed as it comes.
    call.answered = true;
    call.caller.hijack();
    response.statusCode = upstream.statusCode ?? 502;
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstream.headers[name];
      if (value !== undefined) response.setHeader(name, value);
    }
    if (isEventStream(upstream)) this.keepStreaming(upstream, response, outgoing, timer);
    // IncomingMessage closes after its end, and when it breaks off.
    upstream.on('close', () => {
      clearTimeout(timer);
      this.streams.delete(response);
    });
    upstream.on('error', (error) => {
      // Headers are out already: all that is left is to cut the connection.
      this.logger.warn({
        msg: 'upstream answer broke off',
        target: call.instance.origin,
        error: String(error),
      });
      if (!response.writableEnded) response.destroy(error);
    });
    stream(upstream, response);
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
}

/**
 * The body, chunk by chunk as it comes, held back while the caller reads slower than the service
 * writes. What pipe() does, without the listeners for cases the relay handles itself (a caller who
 * hangs up cuts the call; a broken answer destroys the response): fewer per request.
 */
function stream(upstream: IncomingMessage, response: ServerResponse): void {
  upstream.on('data', (chunk: Buffer) => {
    if (!response.write(chunk)) {
      upstream.pause();
      response.once('drain', () => upstream.resume());
    }
  });
  upstream.on('end', () => response.end());
}

function expire(outgoing: ClientRequest): void {
  outgoing.destroy(new UpstreamTimeout('upstream timed out'));
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

function isEventStream(upstream: IncomingMessage): boolean {
  const type = upstream.headers['content-type'];
  return type !== undefined && type.slice(0, EVENT_STREAM.length).toLowerCase() === EVENT_STREAM;
}
