import type { EntityManager } from 'typeorm';

/**
 * Records events in `consumer`'s inbox as handled, with one statement for the whole set, inside
 * the caller's transaction (the one that applies their effects). Returns the ids recorded now; an
 * id left out was there already, so its event is a repeat and must change nothing.
 */
export async function recordHandled(
  manager: Pick<EntityManager, 'query'>,
  consumer: string,
  events: readonly { readonly id: string; readonly type: string }[],
): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const inserted: { event_id: string }[] = await manager.query(
    `INSERT INTO inbox_message (consumer, event_id, event_type, outcome)
     SELECT $1, id, type, 'handled' FROM unnest($2::uuid[], $3::text[]) AS t(id, type)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, events.map((event) => event.id), events.map((event) => event.type)],
  );
  return new Set(inserted.map((row) => row.event_id));
}
