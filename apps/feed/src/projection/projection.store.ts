import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@samvirke/contracts';

/**
 * Takes the next feed position. UPDATE ... RETURNING holds the sequence row's lock until commit,
 * so concurrent transactions commit their positions in order and a cursor never skips an event.
 */
export async function takeNextPosition(manager: EntityManager): Promise<string> {
  const [[row]] = await manager.query<[[{ position: string }], number]>(
    `UPDATE feed_sequence SET last_position = last_position + 1 WHERE id = 1 RETURNING last_position::text AS position`,
  );
  if (!row) throw new Error('feed_sequence is empty: the feed database is not migrated');
  return row.position;
}

/** Records a published public event as the feed entry at `position`. */
export async function insertEntry(
  manager: EntityManager,
  position: string,
  event: CloudEvent,
  programmeId: string | undefined,
): Promise<void> {
  await manager.query(
    `INSERT INTO feed_entry (position, event_id, event_type, source, subject, programme_id, time, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      position,
      event.id,
      event.type,
      event.source,
      event.subject,
      programmeId ?? null,
      event.time,
      JSON.stringify(event.data),
    ],
  );
}

/** The programmes grants may name, with their latest name. */
export async function rememberProgramme(
  manager: EntityManager,
  programme: { id: string; name: string; lastEventId: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO feed_programme (id, name, last_event_id) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, last_event_id = EXCLUDED.last_event_id`,
    [programme.id, programme.name, programme.lastEventId],
  );
}
