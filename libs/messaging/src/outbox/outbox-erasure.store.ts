import type { EntityManager } from 'typeorm';

/**
 * Deletes the outbox's published rows of one event type whose data names `value` in `field`: when
 * a person is erased, the copies of their data in events already sent go from the service's
 * database too (rows still waiting are left to the relay). Kafka's copies are its retention's.
 */
export async function forgetPublishedEvents(
  manager: EntityManager,
  eventType: string,
  field: string,
  value: string,
): Promise<number> {
  const [, removed] = await manager.query<[unknown[], number]>(
    `DELETE FROM outbox_message
      WHERE published_at IS NOT NULL AND event_type = $1 AND payload ->> $2 = $3`,
    [eventType, field, value],
  );
  return removed;
}
