import type { EntityManager } from 'typeorm';

/** E-mails and webhook calls that are done with (sent, given up on, gathered in a digest). */
export async function pruneDeliveries(manager: EntityManager, before: Date, limit: number): Promise<number> {
  const [, removed] = await manager.query<[unknown[], number]>(
    `WITH done AS (
       SELECT id FROM delivery
        WHERE status IN ('sent', 'dead', 'digested') AND coalesce(sent_at, dead_at, created_at) < $1
        LIMIT $2),
     attempts AS (DELETE FROM delivery_attempt WHERE delivery_id IN (SELECT id FROM done))
     DELETE FROM delivery WHERE id IN (SELECT id FROM done)`,
    [before, limit],
  );
  return removed;
}

/** In-app notifications (inbox items) and who read them. */
export async function pruneInboxItems(manager: EntityManager, before: Date, limit: number): Promise<number> {
  const [, removed] = await manager.query<[unknown[], number]>(
    `WITH old AS (SELECT id FROM notification WHERE created_at < $1 LIMIT $2),
     reads AS (DELETE FROM notification_read WHERE notification_id IN (SELECT id FROM old))
     DELETE FROM notification WHERE id IN (SELECT id FROM old)`,
    [before, limit],
  );
  return removed;
}
