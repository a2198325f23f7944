import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { sendWebhook } from './webhook.sender.js';

/** Receivers on loopback that never stop sending, one byte every 100 ms: idle time never runs out. */
const sockets = new Set<Socket>();
const timers = new Set<NodeJS.Timeout>();

function trickle(write: (chunk: string) => boolean, chunks: string[]): void {
  let index = 0;
  const timer = setInterval(() => {
    if (!write(chunks[index % chunks.length] ?? ' ')) return;
    index += 1;
  }, 100);
  timers.add(timer);
}

/** Sends the status line and headers, then the body one byte at a time. */
async function tricklingBody(): Promise<HttpServer> {
  const server = createHttpServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.flushHeaders();
    trickle((chunk) => !response.writableEnded && response.write(chunk), ['.']);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Never finishes the header block: a byte of a header line at a time. */
async function tricklingHeaders(): Promise<Server> {
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\n');
      trickle((chunk) => !socket.destroyed && socket.write(chunk), [...'X-Slow: abcdefgh\r\n']);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const open: (HttpServer | Server)[] = [];
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  for (const socket of sockets) socket.destroy();
  for (const server of open) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const policy = { requireHttps: false, allowed: ['127.0.0.1'] };

describe('webhook sender timeout', () => {
  it.each([
    ['a body trickled a byte at a time', tricklingBody],
    ['headers trickled a byte at a time', tricklingHeaders],
  ])('gives up on %s after the total timeout, not the idle timeout', async (_name, start) => {
    const server = await start();
    open.push(server);
    const { port } = server.address() as AddressInfo;
    const started = Date.now();
    const result = await sendWebhook(
      { id: 'msg_trickle', url: `http://127.0.0.1:${port}/hook`, body: '{}', secrets: ['whsec_AAAA'] },
      policy,
      500,
    );
    const elapsed = Date.now() - started;
    expect(result).toEqual({ ok: false, statusCode: null, error: 'no answer within 500 ms in total' });
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1_500);
  });
});
