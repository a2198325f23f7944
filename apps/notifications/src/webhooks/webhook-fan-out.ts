import { randomUUID } from 'node:crypto';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import { PUBLIC_EVENT_TYPES, type CloudEvent } from '@samvirke/contracts';
import { EventContext } from '@samvirke/messaging';

/**
 * Webhooks carry the public events (libs/contracts/src/public, docs/integrations.md) and nothing
 * else: the same events, ids and data without personal data as the event feed and the public
 * Kafka topics, read from those topics. Each goes to every enabled subscription for its type
 * whose owner may see the programme.
 */
@Controller()
export class PublicWebhooksConsumer {
  @EventPattern([...PUBLIC_EVENT_TYPES])
  async onPublicEvent(@Payload() data: unknown, @Ctx() context: EventContext): Promise<void> {
    await queueWebhooks(context.event, data, context.manager);
  }
}

export async function queueWebhooks(event: CloudEvent, data: unknown, manager: EntityManager): Promise<void> {
  if (!PUBLIC_EVENT_TYPES.includes(event.type)) return;
  const programmeId = event.programmeid ?? null;
  const subscriptions = await manager.query<{ id: string }[]>(
    `SELECT s.id FROM webhook_subscription s
      WHERE s.enabled AND $1 = ANY(s.event_types)
        AND (CASE WHEN $2::uuid IS NULL THEN cardinality(s.programme_ids) = 0
                  ELSE (cardinality(s.programme_ids) = 0 OR $2::uuid = ANY(s.programme_ids))
                       AND EXISTS (SELECT 1 FROM programme_member m
                                    WHERE m.programme_id = $2::uuid AND m.left_on IS NULL
                                      AND m.organisation_id = ANY(s.owner_organisations)) END)`,
    [event.type, programmeId],
  );
  const payload = JSON.stringify({
    specversion: event.specversion,
    id: event.id,
    type: event.type,
    source: event.source,
    subject: event.subject,
    time: event.time,
    ...(programmeId ? { programmeid: programmeId } : {}),
    datacontenttype: 'application/json',
    data,
  });
  for (const subscription of subscriptions) {
    await manager.query(
      `INSERT INTO delivery (id, dedupe_key, channel, recipient, subscription_id, event_id, event_type,
                             subject, body, status, next_attempt_at)
       VALUES ($1, $2, 'webhook', $3, $4, $5, $6, $6, $7, 'pending', now())
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        randomUUID(),
        `webhook:${event.id}:${subscription.id}`,
        subscription.id,
        subscription.id,
        event.id,
        event.type,
        payload,
      ],
    );
  }
}
