import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { documentedHeaders, HTTP_APIS } from '@samvirke/contracts';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly bodyLength: number;
}

export interface UpstreamStub {
  readonly url: string;
  /** Every request that reached the stub, in order. */
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A stand-in service for testing the gateway's own behaviour: it answers every request with 200,
 * every documented answer header and what it received, except paths containing `/slow`, which it never answers.
 */
export async function startUpstreamStub(): Promise<UpstreamStub> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    let bodyLength = 0;
    request.on('data', (chunk: Buffer) => {
      bodyLength += chunk.length;
    });
    request.on('end', () => {
      const entry = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        bodyLength,
      };
      seen.push(entry);
      if (entry.url.includes('/slow')) return;
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-internal-secret': 'stub',
        // Every answer header an API operation documents, for the gateway to pass back.
        ...Object.fromEntries(
          documentedHeaders(HTTP_APIS, 'response').map((name) => [name, `answer-${name}`]),
        ),
      });
      response.end(JSON.stringify({ url: entry.url, method: entry.method }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
