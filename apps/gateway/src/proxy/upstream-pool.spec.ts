import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpException } from '@nestjs/common';
import { ShutdownSignal } from '@samvirke/platform';
import type { GatewayConfig } from '../config.js';
import { UpstreamClient, type Caller } from './upstream.client.js';
import { UpstreamPool } from './upstream-pool.js';

const a = new URL('http://127.0.0.1:1');
const b = new URL('http://127.0.0.1:2');
const c = new URL('http://127.0.0.1:3');

describe('an upstream with several instances', () => {
  it('goes round-robin over the instances', () => {
    const pool = new UpstreamPool([a, b, c]);
    expect([1, 2, 3, 4, 5, 6].map(() => pool.pick()?.origin)).toEqual(
      [a, b, c, a, b, c].map((url) => url.origin),
    );
  });

  it('passes over an instance marked down until its time is over, and over those already tried', () => {
    const pool = new UpstreamPool([a, b]);
    pool.markDown(a, 1_000);
    expect([1, 2, 3].map(() => pool.pick(new Set(), 2_000)?.origin)).toEqual([b, b, b].map((u) => u.origin));
    expect(pool.pick(new Set(), 10_000)).toBeDefined();
    expect(pool.isDown(a, 10_000)).toBe(false);
    expect(pool.pick(new Set([a.origin, b.origin]))).toBeUndefined();
  });

  it('still tries the instances when all are down', () => {
    const pool = new UpstreamPool([a, b]);
    pool.markDown(a, 0);
    pool.markDown(b, 0);
    expect(pool.pick(new Set(), 1)).toBeDefined();
  });
});

/** A real service instance on a free port that answers who it is. */
async function instance(name: string): Promise<{ server: Server; url: URL }> {
  const server = createServer((_request, response) => response.end(name));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`) };
}

/** Forwards one request through the gateway's client and resolves with the answer or the problem. */
function call(client: UpstreamClient, pool: UpstreamPool, method: string): Promise<string> {
  return new Promise((resolve) => {
    const front = createServer((request: IncomingMessage, response: ServerResponse) => {
      const caller: Caller = {
        raw: response,
        hijack: () => undefined,
        send: (error: HttpException) => {
          response.statusCode = error.getStatus();
          response.end('problem');
        },
      };
      client.forward(request, caller, pool, '/x');
    });
    front.listen(0, '127.0.0.1', () => {
      const port = (front.address() as AddressInfo).port;
      const outgoing = httpRequest({ host: '127.0.0.1', port, method, path: '/x' }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          front.close();
          resolve(`${response.statusCode} ${text}`);
        });
      });
      outgoing.end();
    });
  });
}

describe('the gateway forwarding to several instances', () => {
  const config = { UPSTREAM_TIMEOUT_MS: 2_000 } as GatewayConfig;
  let client: UpstreamClient;
  beforeEach(() => {
    client = new UpstreamClient(config, new ShutdownSignal());
  });
  afterEach(() => client.onModuleDestroy());

  it('sends a request to another instance when one is gone, and then passes over it', async () => {
    const one = await instance('one');
    const two = await instance('two');
    await new Promise((resolve) => one.server.close(resolve));
    const pool = new UpstreamPool([one.url, two.url]);
    try {
      expect(await call(client, pool, 'GET')).toBe('200 two');
      expect(pool.isDown(one.url)).toBe(true);
      // A POST too, when the connection was refused: nothing reached the gone instance.
      expect(await call(client, pool, 'POST')).toBe('200 two');
      expect(await call(client, pool, 'GET')).toBe('200 two');
    } finally {
      two.server.close();
    }
  });

  it('answers 502 at once when no instance can be reached', async () => {
    const one = await instance('one');
    await new Promise((resolve) => one.server.close(resolve));
    const pool = new UpstreamPool([one.url, new URL(`http://127.0.0.1:${one.url.port}`)]);
    const started = Date.now();
    expect(await call(client, pool, 'GET')).toBe('502 problem');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
