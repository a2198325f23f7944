import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver answered. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
  at: number;
}

/**
 * A webhook receiver on loopback whose paths behave as told: ok, flaky (fails the first N), down
 * (until recovered), gone, slow (the first arrival waits 1.5 s).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  flakyFailures = 2;
  down = true;
  private slowArrivals = 0;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const status = this.statusFor(path);
        const answer = () => {
          this.received.push({
            path,
            headers: request.headers,
            body: Buffer.concat(chunks).toString(),
            status,
            at: Date.now(),
          });
          response.writeHead(status).end();
        };
        if (path === '/slow' && this.slowArrivals++ === 0) {
          setTimeout(answer, 1_500);
        } else answer();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private statusFor(path: string): number {
    if (path === '/flaky') return this.flakyFailures-- > 0 ? 500 : 204;
    if (path === '/down') return this.down ? 503 : 200;
    if (path === '/gone') return 410;
    return 200;
  }

  delivered(path: string): Received[] {
    return this.received.filter((entry) => entry.path === path && entry.status < 300);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
