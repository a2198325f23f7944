/**
 * The soak's two witnesses of the public progress events of its programme, as an integration
 * sees them: a webhook receiver on 127.0.0.1 (the notifications service must be allowed to reach
 * it: WEBHOOK_ALLOWED_HOSTS=127.0.0.1, which `npm run soak` sets) and a long-polling reader of the
 * event feed. Each counts the event ids it sees and how many it saw twice.
 */
import { createServer, type Server } from 'node:http';
import type { FeedPage, WebhookSubscriptionWithSecretDto } from '@samvirke/contracts';
import { clientToken } from '@samvirke/testing';

const PROGRESS_UPDATED = 'dk.samvirke.public.progress.updated.v1';

class Witness {
  readonly ids = new Set<string>();
  duplicates = 0;

  see(id: string): void {
    if (this.ids.has(id)) this.duplicates += 1;
    else this.ids.add(id);
  }

  get unique(): number {
    return this.ids.size;
  }
}

export interface Seen {
  readonly feed: { unique: number; duplicates: number };
  readonly webhook: { unique: number; duplicates: number };
  /** Events on the feed that the webhook never delivered. */
  readonly missingOnWebhook: number;
}

async function asClient<T>(gateway: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${gateway}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${await clientToken()}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(40_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export class EventWitnesses {
  private readonly feed = new Witness();
  private reading = true;
  private reader: Promise<void> = Promise.resolve();

  private constructor(
    private readonly gateway: string,
    private readonly programmeId: string,
    private readonly server: Server,
    private readonly subscriptionId: string,
    private readonly webhook: Witness,
  ) {}

  static async start(gateway: string, programmeId: string): Promise<EventWitnesses> {
    const webhook = new Witness();
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { id?: string };
        const id = body.id ?? String(request.headers['webhook-id']);
        webhook.see(id);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const subscription = await asClient<WebhookSubscriptionWithSecretDto>(
      gateway,
      'POST',
      '/notifications/webhooks/subscriptions',
      {
        url: `http://127.0.0.1:${port}/hook`,
        eventTypes: [PROGRESS_UPDATED],
        programmeIds: [programmeId],
        description: 'npm run soak',
      },
    );
    const witnesses = new EventWitnesses(gateway, programmeId, server, subscription.id, webhook);
    const cursor = await witnesses.latestCursor();
    witnesses.reader = witnesses.read(cursor);
    return witnesses;
  }

  private query(after: string | null, wait: number): string {
    const cursor = after ? `&after=${after}` : '';
    return `/feed/events?programme=${this.programmeId}&type=${PROGRESS_UPDATED}&limit=500&wait=${wait}${cursor}`;
  }

  /** Where the feed ends now: the soak counts only what comes after. */
  private async latestCursor(): Promise<string | null> {
    let cursor: string | null = null;
    for (;;) {
      const page: FeedPage = await asClient<FeedPage>(this.gateway, 'GET', this.query(cursor, 0));
      if (page.events.length === 0) return page.next ?? cursor;
      cursor = page.next;
    }
  }

  private async read(from: string | null): Promise<void> {
    let cursor = from;
    while (this.reading) {
      const page = await asClient<FeedPage>(this.gateway, 'GET', this.query(cursor, 5));
      page.events.forEach((event) => this.feed.see(event.id));
      cursor = page.next ?? cursor;
    }
  }

  /** Waits (up to 2 min) until the feed holds `expected` events and the webhook has delivered them. */
  async settle(expected: number): Promise<Seen> {
    const deadline = Date.now() + 120_000;
    const missing = (): number => [...this.feed.ids].filter((id) => !this.webhook.ids.has(id)).length;
    while (Date.now() < deadline && (this.feed.unique < expected || missing() > 0))
      await new Promise((done) => setTimeout(done, 1_000));
    return {
      feed: { unique: this.feed.unique, duplicates: this.feed.duplicates },
      webhook: { unique: this.webhook.unique, duplicates: this.webhook.duplicates },
      missingOnWebhook: missing(),
    };
  }

  async stop(): Promise<void> {
    this.reading = false;
    await this.reader;
    await asClient(this.gateway, 'PATCH', `/notifications/webhooks/subscriptions/${this.subscriptionId}`, {
      enabled: false,
    });
    await new Promise<void>((closed) => this.server.close(() => closed()));
  }
}
