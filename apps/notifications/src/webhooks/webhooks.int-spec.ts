import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import {
  PERSONAL_DATA_FIELD,
  publicGrantAwardedV1,
  publicProgressUpdatedV1,
  submissionApprovedV1,
  type DeliveryDto,
  type Page,
  type WebhookSubscriptionDto,
  type WebhookSubscriptionWithSecretDto,
} from '@samvirke/contracts';
import { DEMO_ORGANISATIONS, waitFor } from '@samvirke/testing';
import { notificationsSuite, pointers, type Problem } from '../../test/notifications.fixture.js';
import { WebhookReceiver, type Received } from '../../test/webhook-receiver.js';

/**
 * Signed webhooks of public events (read from the public topics, as the gateway's projector
 * publishes them) to a real HTTP receiver on loopback (allow-listed), with retries and dead letters.
 */
const ctx = notificationsSuite('webhooks', { WEBHOOK_TIMEOUT_MS: '500' });

const receiver = new WebhookReceiver();
let programmeId: string;
let otherProgrammeId: string;

beforeAll(async () => {
  await receiver.start();
  programmeId = await ctx.seedProgramme('Bryd den negative sociale arv', [
    [DEMO_ORGANISATIONS.helsefonden.id, ['funder']],
    [DEMO_ORGANISATIONS.kobenhavn.id, ['data-provider']],
  ]);
  otherProgrammeId = await ctx.seedProgramme('Det åbne land', [
    [DEMO_ORGANISATIONS.realdania.id, ['funder']],
  ]);
}, 120_000);

afterAll(() => receiver.stop());

/** A public progress.updated, as the gateway's public projector publishes it. */
const approved = (programme: string) => ({
  definition: publicProgressUpdatedV1,
  data: { programmeId: programme, period: '2026-Q2', indicatorCodes: ['hjemloese-unge'] },
  options: { subject: programme, programmeId: programme },
});

/** The internal event the public progress.updated is made from: it carries who approved. */
const internalApproved = (programme: string) => ({
  definition: submissionApprovedV1,
  data: {
    submissionId: randomUUID(),
    programmeId: programme,
    periodId: randomUUID(),
    period: '2026-Q2',
    organisationId: DEMO_ORGANISATIONS.kobenhavn.id,
    version: 1,
    indicatorCodes: ['hjemloese-unge'],
  },
  options: { subject: programme, programmeId: programme },
});

async function subscribe(
  path: string,
  eventTypes: string[] = [publicProgressUpdatedV1.type],
): Promise<WebhookSubscriptionWithSecretDto> {
  const response = await ctx.call<WebhookSubscriptionWithSecretDto>(
    'integration',
    'POST',
    '/webhooks/subscriptions',
    {
      url: `${receiver.url}${path}`,
      eventTypes,
      programmeIds: [programmeId],
    },
  );
  expect(response.status).toBe(201);
  return response.body;
}

const headersOf = (entry: Received): Record<string, string> => ({
  'webhook-id': String(entry.headers['webhook-id']),
  'webhook-timestamp': String(entry.headers['webhook-timestamp']),
  'webhook-signature': String(entry.headers['webhook-signature']),
});

describe('webhook subscriptions', () => {
  it('refuses bad subscriptions with every bad field named, and stores nothing', async () => {
    const wrong = await ctx.call<Problem>('integration', 'POST', '/webhooks/subscriptions', {
      url: 'not a url',
      eventTypes: [
        'dk.samvirke.nothing.thing.happened.v1',
        'dk.samvirke.partners.contact.changed.v1',
        submissionApprovedV1.type,
        'dk.samvirke.partners.programme.created.v1',
        publicProgressUpdatedV1.type,
      ],
      programmeIds: [otherProgrammeId],
    });
    expect(wrong.status).toBe(422);
    expect(pointers(wrong.body)).toEqual([
      '/eventTypes/0',
      '/eventTypes/1',
      '/eventTypes/2',
      '/eventTypes/3',
      '/programmeIds/0',
      '/url',
    ]);
    expect(wrong.body.errors?.find((error) => error.pointer === '/eventTypes/3')?.detail).toBe(
      'dk.samvirke.partners.programme.created.v1 is internal; subscribe to the public dk.samvirke.public.programme.created.v1',
    );
    for (const url of [
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/',
      'ftp://example.org/x',
    ]) {
      const refused = await ctx.call<Problem>('integration', 'POST', '/webhooks/subscriptions', {
        url,
        eventTypes: [publicProgressUpdatedV1.type],
      });
      expect({ url, status: refused.status, pointers: pointers(refused.body) }).toEqual({
        url,
        status: 422,
        pointers: ['/url'],
      });
    }
    const malformed = await ctx.call<Problem>('integration', 'POST', '/webhooks/subscriptions', {
      eventTypes: [],
      programmeIds: ['nope'],
      colour: 'blue',
    });
    expect(malformed.status).toBe(400);
    expect(pointers(malformed.body)).toEqual(['/colour', '/eventTypes', '/programmeIds/0', '/url']);
    process.env['WEBHOOK_REQUIRE_HTTPS'] = 'true';
    try {
      const plain = await ctx.call<Problem>('integration', 'POST', '/webhooks/subscriptions', {
        url: `${receiver.url}/ok`,
        eventTypes: [publicProgressUpdatedV1.type],
      });
      expect(plain.status).toBe(422);
      expect(plain.body.errors?.[0]?.detail).toMatch(/https is required/);
    } finally {
      process.env['WEBHOOK_REQUIRE_HTTPS'] = 'false';
    }
    expect((await ctx.call<unknown[]>('integration', 'GET', '/webhooks/subscriptions')).body).toEqual([]);
    const [stored] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM webhook_subscription`,
    );
    expect(stored?.count).toBe('0');
  });

  it('lets only integration clients subscribe', async () => {
    const body = { url: `${receiver.url}/ok`, eventTypes: [publicProgressUpdatedV1.type] };
    expect((await ctx.call('reporterKobenhavn', 'POST', '/webhooks/subscriptions', body)).status).toBe(403);
    expect((await ctx.call('admin', 'POST', '/webhooks/subscriptions', body)).status).toBe(403);
    expect((await ctx.call(null, 'POST', '/webhooks/subscriptions', body)).status).toBe(401);
    expect((await ctx.call('reporterKobenhavn', 'GET', '/webhooks/dead-letters')).status).toBe(403);
  });
});

describe('signed delivery', () => {
  it('signs every delivery so an independent Standard Webhooks verifier accepts it, for the subscribed types and programmes only', async () => {
    const subscription = await subscribe('/ok', [publicProgressUpdatedV1.type, publicGrantAwardedV1.type]);
    expect(subscription.secret).toMatch(/^whsec_/);
    const events = await ctx.publish([
      approved(programmeId),
      approved(otherProgrammeId),
      {
        definition: publicGrantAwardedV1,
        data: {
          awardId: randomUUID(),
          programmeId,
          granteeOrganisationId: DEMO_ORGANISATIONS.kobenhavn.id,
          amountOre: 50_000_000,
          funders: [{ funderOrganisationId: DEMO_ORGANISATIONS.helsefonden.id, amountOre: 50_000_000 }],
          awardedAt: new Date().toISOString(),
        },
        options: { subject: programmeId, programmeId },
      },
    ]);
    await ctx.handled(events);
    await waitFor('two webhooks', () => receiver.delivered('/ok').length === 2);
    const verifier = new Webhook(subscription.secret);
    const payloads = receiver.delivered('/ok').map(
      (entry) =>
        verifier.verify(entry.body, headersOf(entry)) as {
          id: string;
          type: string;
          data: { programmeId: string };
        },
    );
    expect(payloads.map((payload) => payload.id).sort()).toEqual([events[0].id, events[2].id].sort());
    expect(payloads.every((payload) => payload.data.programmeId === programmeId)).toBe(true);
    const forged = receiver.delivered('/ok').find((entry) => entry.body.includes('2026-Q2'));
    if (!forged) throw new Error('no progress webhook');
    expect(() => verifier.verify(forged.body.replace('2026-Q2', '2026-Q3'), headersOf(forged))).toThrow();
  });

  it('signs with both the new and the old secret while a secret is rotated', async () => {
    const subscription = await subscribe('/rotating');
    const rotated = await ctx.call<WebhookSubscriptionWithSecretDto>(
      'integration',
      'POST',
      `/webhooks/subscriptions/${subscription.id}/rotate-secret`,
      {},
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(subscription.secret);
    expect(rotated.body.previousSecretValidUntil).not.toBeNull();
    await ctx.publish([approved(programmeId)]);
    const entry = await waitFor('the rotated webhook', () => receiver.delivered('/rotating')[0]);
    expect(String(entry.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(() => new Webhook(rotated.body.secret).verify(entry.body, headersOf(entry))).not.toThrow();
    expect(() => new Webhook(subscription.secret).verify(entry.body, headersOf(entry))).not.toThrow();
  });
});

describe('retries and dead letters', () => {
  it('retries a receiver that fails twice, then delivers each event exactly once', async () => {
    const subscription = await subscribe('/flaky');
    const events = await ctx.publish([approved(programmeId), approved(programmeId), approved(programmeId)]);
    await waitFor(
      'three deliveries',
      () => new Set(receiver.delivered('/flaky').map((entry) => entry.headers['webhook-id'])).size === 3,
    );
    const deliveries = await ctx.call<Page<DeliveryDto>>(
      'integration',
      'GET',
      `/webhooks/subscriptions/${subscription.id}/deliveries`,
    );
    await waitFor('the outcomes to be recorded', async () => {
      const page = await ctx.call<Page<DeliveryDto>>(
        'integration',
        'GET',
        `/webhooks/subscriptions/${subscription.id}/deliveries?status=sent`,
      );
      return page.body.total === 3;
    });
    expect(deliveries.body.items.map((item) => item.eventId).sort()).toEqual(
      events.map((event) => event.id).sort(),
    );
    expect(receiver.delivered('/flaky')).toHaveLength(3);
    expect(receiver.received.filter((entry) => entry.path === '/flaky')).toHaveLength(5);
    const page = await ctx.call<Page<DeliveryDto>>(
      'integration',
      'GET',
      `/webhooks/subscriptions/${subscription.id}/deliveries`,
    );
    for (const delivery of page.body.items) {
      const times = delivery.attemptLog.map((attempt) => Date.parse(attempt.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(delivery.attemptLog.at(-1)?.outcome).toBe('delivered');
    }
  });

  it('counts a receiver that does not answer within the timeout as a failure and tries again', async () => {
    const subscription = await subscribe('/slow');
    await ctx.publish([approved(programmeId)]);
    const delivery = await waitFor('the slow delivery to succeed on a retry', async () => {
      const page = await ctx.call<Page<DeliveryDto>>(
        'integration',
        'GET',
        `/webhooks/subscriptions/${subscription.id}/deliveries?status=sent`,
      );
      return page.body.items[0];
    });
    expect(delivery.attemptLog[0]?.error).toMatch(/no answer within 500 ms/);
    expect(delivery.attempts).toBe(2);
  });

  it('dead-letters after the last attempt, shows the dead letters, and replays one and then all since a time', async () => {
    const since = new Date().toISOString();
    const subscription = await subscribe('/down');
    const events = await ctx.publish([approved(programmeId), approved(programmeId), approved(programmeId)]);
    const dead = await waitFor('three dead letters', async () => {
      const page = await ctx.call<Page<DeliveryDto>>(
        'integration',
        'GET',
        `/webhooks/dead-letters?subscriptionId=${subscription.id}&since=${since}`,
      );
      return page.body.total === 3 ? page.body.items : undefined;
    });
    expect(dead.map((item) => item.eventId).sort()).toEqual(events.map((event) => event.id).sort());
    expect(
      dead.every(
        (item) => item.attempts === 4 && item.attemptLog.length === 4 && item.lastStatusCode === 503,
      ),
    ).toBe(true);
    const [failed] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM outbox_message
        WHERE event_type = 'dk.samvirke.notifications.webhook.delivery-failed.v1' AND payload->>'subscriptionId' = $1`,
      [subscription.id],
    );
    expect(failed?.count).toBe('3');
    expect(receiver.delivered('/down')).toEqual([]);

    receiver.down = false;
    const one = await ctx.call<DeliveryDto>(
      'integration',
      'POST',
      `/webhooks/dead-letters/${dead[0].id}/replay`,
    );
    expect(one.status).toBe(200);
    expect(['pending', 'sending', 'sent']).toContain(one.body.status);
    expect(one.body.replays).toBe(1);
    await waitFor('the replayed delivery', () => receiver.delivered('/down').length === 1);
    expect(receiver.delivered('/down')[0]?.headers['webhook-id']).toBe(dead[0].id);
    const again = await ctx.call<Problem>(
      'integration',
      'POST',
      `/webhooks/dead-letters/${dead[0].id}/replay`,
    );
    expect(again.status).toBe(409);

    const all = await ctx.call<{ replayed: number }>('integration', 'POST', '/webhooks/dead-letters/replay', {
      since,
      subscriptionId: subscription.id,
    });
    expect(all.body.replayed).toBe(2);
    await waitFor('every replayed delivery', () => receiver.delivered('/down').length === 3);
    expect(new Set(receiver.delivered('/down').map((entry) => entry.headers['webhook-id']))).toEqual(
      new Set(dead.map((item) => item.id)),
    );
    const bad = await ctx.call<Problem>('integration', 'POST', '/webhooks/dead-letters/replay', {
      since: 'yesterday',
    });
    expect(bad.status).toBe(400);
    expect(pointers(bad.body)).toEqual(['/since']);
  });

  it('disables an endpoint that answers 410 Gone, and enables it again on request', async () => {
    const subscription = await subscribe('/gone');
    await ctx.publish([approved(programmeId)]);
    const disabled = await waitFor('the endpoint to be disabled', async () => {
      const current = await ctx.call<WebhookSubscriptionDto>(
        'integration',
        'GET',
        `/webhooks/subscriptions/${subscription.id}`,
      );
      return current.body.enabled ? undefined : current.body;
    });
    expect(disabled.disabledReason).toMatch(/410 Gone/);
    const [delivery] = (
      await ctx.call<Page<DeliveryDto>>(
        'integration',
        'GET',
        `/webhooks/subscriptions/${subscription.id}/deliveries`,
      )
    ).body.items;
    expect(delivery).toMatchObject({ status: 'dead', attempts: 1, lastStatusCode: 410 });
    const events = await ctx.publish([approved(programmeId)]);
    await ctx.handled(events);
    const after = await ctx.call<Page<DeliveryDto>>(
      'integration',
      'GET',
      `/webhooks/subscriptions/${subscription.id}/deliveries`,
    );
    expect(after.body.total).toBe(1);
    const enabled = await ctx.call<WebhookSubscriptionDto>(
      'integration',
      'PATCH',
      `/webhooks/subscriptions/${subscription.id}`,
      {
        enabled: true,
      },
    );
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
  });
});

describe('the signing secret', () => {
  it('is shown on creation and on rotation only, never by a read, and is stored encrypted', async () => {
    const created = await subscribe('/secret');
    const path = `/webhooks/subscriptions/${created.id}`;
    const reads = [
      (await ctx.call<WebhookSubscriptionDto>('integration', 'GET', path)).body,
      (await ctx.call<WebhookSubscriptionDto[]>('integration', 'GET', '/webhooks/subscriptions')).body.find(
        (item) => item.id === created.id,
      ),
      (await ctx.call<WebhookSubscriptionDto[]>('admin', 'GET', '/webhooks/subscriptions')).body.find(
        (item) => item.id === created.id,
      ),
      (await ctx.call<WebhookSubscriptionDto>('integration', 'PATCH', path, { description: 'ERP' })).body,
    ];
    for (const read of reads) {
      expect(read).toMatchObject({ id: created.id });
      expect(read).not.toHaveProperty('secret');
      expect(JSON.stringify(read)).not.toContain('whsec_');
    }
    const rotated = await ctx.call<WebhookSubscriptionWithSecretDto>(
      'admin',
      'POST',
      `${path}/rotate-secret`,
      { overlapSeconds: 0 },
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);
    expect((await ctx.call<WebhookSubscriptionDto>('integration', 'GET', path)).body).not.toHaveProperty(
      'secret',
    );
    const [stored] = await ctx.db.query<Record<string, unknown>[]>(
      `SELECT * FROM webhook_subscription WHERE id = $1`,
      [created.id],
    );
    const text = JSON.stringify(stored);
    for (const secret of [created.secret, rotated.body.secret]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.slice('whsec_'.length));
    }
    expect(stored?.['secret_sealed']).toMatch(/^v1\./);
    await ctx.publish([approved(programmeId)]);
    const entry = await waitFor(
      'the webhook signed with the rotated secret',
      () => receiver.delivered('/secret')[0],
    );
    expect(() => new Webhook(rotated.body.secret).verify(entry.body, headersOf(entry))).not.toThrow();
    expect(() => new Webhook(created.secret).verify(entry.body, headersOf(entry))).toThrow();
  });
});

describe('public events only', () => {
  it('sends the public event and never the internal one it was made from, with no personal data', async () => {
    await subscribe('/public');
    const internal = await ctx.publish([internalApproved(programmeId)]);
    const [published] = await ctx.publish([approved(programmeId)]);
    await ctx.handled(internal);
    await waitFor('the public webhook', () => receiver.delivered('/public').length === 1);
    const body = JSON.parse(receiver.delivered('/public')[0]?.body ?? '{}') as {
      id: string;
      type: string;
      source: string;
      data: Record<string, unknown>;
    };
    expect(body).toMatchObject({
      id: published?.id,
      type: publicProgressUpdatedV1.type,
      data: { programmeId, period: '2026-Q2', indicatorCodes: ['hjemloese-unge'] },
    });
    expect(Object.keys(body.data).filter((field) => PERSONAL_DATA_FIELD.test(field))).toEqual([]);
    const [queued] = await ctx.db.query<{ count: string }[]>(
      `SELECT count(*)::text AS count FROM delivery WHERE channel = 'webhook' AND event_type NOT LIKE 'dk.samvirke.public.%'`,
    );
    expect(queued?.count).toBe('0');
  });
});
