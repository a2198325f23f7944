import { randomUUID } from 'node:crypto';
import {
  clientToken,
  dropSchema,
  migrateService,
  pgClient,
  spawnCompiled,
  startService,
  uniqueSuiteId,
  waitFor,
  type RunningService,
} from '@samvirke/testing';

/**
 * SIGTERM to the feed as its own process (dist/), read through a gateway: an open server-sent
 * event stream gets a final `event: closed` and ends, a request in flight is answered, the process
 * exits with 0 within SHUTDOWN_TIMEOUT_MS, and its outbox relay's leader lock goes with it, so a
 * stand-by feed's relay takes over.
 */
const suite = uniqueSuiteId('graceful_shutdown');
const TIMEOUT_MS = 5_000;
const env = {
  DATABASE_SCHEMA: suite,
  KAFKA_TOPIC_PREFIX: `${suite}.`,
  FEED_KAFKA_CLIENTS: '',
  SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS),
  // The relay logs when it becomes the publisher (at info).
  LOG_LEVEL: 'info',
};
const running: RunningService[] = [];

afterAll(async () => {
  await Promise.all(running.map((service) => service.stop()));
  await dropSchema(suite, ['samvirke_feed', 'samvirke_partners']);
}, 60_000);

const LEADER = 'outbox relay is the publisher';

/** Reads a stream until it ends, or until `until` has been seen when given. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until?: string): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
    if (until && text.includes(until)) return text;
  }
}

describe('the feed on SIGTERM', () => {
  it('ends an open event stream with a final event, exits 0 within the bound and hands over the relay', async () => {
    await migrateService('feed', env);
    const first = await startService('feed', 'FEED_PORT', env);
    running.push(first);
    await waitFor('the first feed to lead the relay', () => first.output().includes(LEADER));
    const standby = await startService('feed', 'FEED_PORT', env);
    running.push(standby);
    const gateway = await startService('gateway', 'GATEWAY_PORT', { ...env, FEED_URL: first.url });
    running.push(gateway);

    const stream = await fetch(`${gateway.url}/api/feed/stream`, {
      headers: { authorization: `Bearer ${await clientToken()}` },
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    expect(await readUntil(reader, 'retry:')).toContain('retry: 2000');

    // A request in flight when the signal comes (a long poll of up to 2 s) is answered, not cut.
    const longPoll = fetch(`${gateway.url}/api/feed/events?wait=2`, {
      headers: { authorization: `Bearer ${await clientToken()}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      first.process.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const sent = Date.now();
    first.process.kill('SIGTERM');
    const rest = await readUntil(reader);
    expect(rest).toContain('event: closed');
    const polled = await longPoll;
    expect(polled.status).toBe(200);
    expect(((await polled.json()) as { events: unknown[] }).events).toEqual([]);
    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(TIMEOUT_MS);

    // The stand-by relay polls for the lock every two poll intervals (2 s by default).
    await waitFor('the stand-by feed to lead the relay', () => standby.output().includes(LEADER), {
      timeoutMs: 5_000,
      intervalMs: 100,
    });
  }, 120_000);
});

describe('a service process', () => {
  it('lists its dead letters from the command line, and exits 0 on SIGTERM within the bound', async () => {
    await migrateService('partners', env);
    const id = randomUUID();
    const client = pgClient('samvirke_partners');
    await client.connect();
    try {
      await client.query(
        `INSERT INTO ${client.escapeIdentifier(suite)}.consumer_dead_letter
           (id, consumer, event_id, event_type, topic, kafka_partition, kafka_offset, headers, value,
            reason, error, attempts)
         VALUES ($1, 'partners-test', $2, 'dk.samvirke.partners.membership.revoked.v1', 't', 0, '7', '{}',
                 NULL, 'handler-failed', 'boom', 5)`,
        [id, randomUUID()],
      );
    } finally {
      await client.end();
    }
    const cli = spawnCompiled('apps/partners/dist/main.js', ['dead-letters'], env, 'partners-cli');
    const code = await new Promise<number | null>((resolve) => cli.child.on('exit', resolve));
    expect(code).toBe(0);
    const listed = cli
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{"id"'))
      .map((line) => JSON.parse(line) as { id: string; error: string; consumer: string });
    expect(listed).toEqual([expect.objectContaining({ id, consumer: 'partners-test', error: 'boom' })]);

    const partners = await startService('partners', 'PARTNERS_PORT', env);
    running.push(partners);
    const exited = new Promise<number | null>((resolve) => partners.process.once('exit', resolve));
    const sent = Date.now();
    partners.process.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - sent).toBeLessThan(TIMEOUT_MS);
  }, 120_000);
});
