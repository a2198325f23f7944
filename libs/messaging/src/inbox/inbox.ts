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

/** Records one event as handled; false when it was there already (a repeat). */
export async function recordOneHandled(
  manager: Pick<EntityManager, 'query'>,
  consumer: string,
  event: { readonly id: string; readonly type: string },
): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO inbox_message (consumer, event_id, event_type, outcome) VALUES ($1, $2, $3, 'handled')
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, event.id, event.type],
  );
  return inserted.length > 0;
}

/** Records an event whose handler kept failing, so a redelivery is not applied behind its dead letter. */
export async function recordDeadLettered(
  manager: Pick<EntityManager, 'query'>,
  consumer: string,
  event: { readonly id: string; readonly type: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO inbox_message (consumer, event_id, event_type, outcome) VALUES ($1, $2, $3, 'dead-lettered')
     ON CONFLICT DO NOTHING`,
    [consumer, event.id, event.type],
  );
}

/** A replayed dead letter: its inbox row turns to handled (false when there was none to turn). */
export async function turnDeadLetteredToHandled(
  manager: Pick<EntityManager, 'query'>,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  const turned: unknown[] = await manager.query(
    `UPDATE inbox_message SET outcome = 'handled', handled_at = now()
      WHERE consumer = $1 AND event_id = $2 AND outcome = 'dead-lettered' RETURNING event_id`,
    [consumer, eventId],
  );
  return turned.length > 0;
}

/** Runs `work` in a savepoint: rolled back alone when it throws, the surrounding transaction kept. */
export async function inSavepoint<T>(
  manager: Pick<EntityManager, 'query'>,
  work: () => Promise<T>,
): Promise<T> {
  await manager.query('SAVEPOINT samvirke_event');
  try {
    const result = await work();
    await manager.query('RELEASE SAVEPOINT samvirke_event');
    return result;
  } catch (error) {
    // A failure to roll back means the connection itself is gone: abort the batch, Kafka redelivers.
    await manager.query('ROLLBACK TO SAVEPOINT samvirke_event');
    await manager.query('RELEASE SAVEPOINT samvirke_event');
    throw error;
  }
}
