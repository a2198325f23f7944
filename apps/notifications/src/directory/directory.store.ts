import { redactAuditOfRow } from '@samvirke/persistence';
import type { EntityManager } from 'typeorm';
import type { ContactRow } from './directory.rules.js';

/** Contacts are notifications' alone (their e-mail never leaves it); the rest of the directory is libs/directory's. */
export async function upsertContact(manager: EntityManager, row: ContactRow): Promise<void> {
  await manager.query(
    `INSERT INTO contact (id, organisation_id, name, email, role, language, removed, last_event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name,
       email = EXCLUDED.email, role = EXCLUDED.role, language = EXCLUDED.language, removed = EXCLUDED.removed,
       last_event_id = EXCLUDED.last_event_id`,
    [row.id, row.organisationId, row.name, row.email, row.role, row.language, row.removed, row.lastEventId],
  );
}

/** The person's copy goes entirely, and the audit trail of it is pseudonymised with it. */
export async function eraseContact(manager: EntityManager, contactId: string): Promise<void> {
  await manager.query(`DELETE FROM contact WHERE id = $1`, [contactId]);
  await redactAuditOfRow(manager, 'contact', contactId);
}
