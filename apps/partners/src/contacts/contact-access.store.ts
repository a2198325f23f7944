import type { EntityManager } from 'typeorm';
import type { ContactAccessGrant } from '@samvirke/contracts';

interface GrantRow {
  client_id: string;
  granted_at: Date;
}

const toGrant = (row: GrantRow): ContactAccessGrant => ({
  clientId: row.client_id,
  grantedAt: row.granted_at.toISOString(),
});

/** The integration clients a platform admin let see named contacts (the audit trail records who). */
export class ContactAccessStore {
  constructor(private readonly manager: EntityManager) {}

  async list(): Promise<ContactAccessGrant[]> {
    const rows = await this.manager.query<GrantRow[]>(
      `SELECT client_id, granted_at FROM contact_access_grant ORDER BY client_id`,
    );
    return rows.map(toGrant);
  }

  async granted(clientId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM contact_access_grant WHERE client_id = $1`,
      [clientId],
    );
    return rows.length > 0;
  }

  /** Grants once: granting again keeps the first grant (and writes nothing to the trail). */
  async grant(clientId: string): Promise<ContactAccessGrant> {
    await this.manager.query(
      `INSERT INTO contact_access_grant (client_id) VALUES ($1) ON CONFLICT (client_id) DO NOTHING`,
      [clientId],
    );
    const [row] = await this.manager.query<GrantRow[]>(
      `SELECT client_id, granted_at FROM contact_access_grant WHERE client_id = $1`,
      [clientId],
    );
    if (!row) throw new Error(`contact access grant for ${clientId} vanished`);
    return toGrant(row);
  }

  async revoke(clientId: string): Promise<void> {
    await this.manager.query(`DELETE FROM contact_access_grant WHERE client_id = $1`, [clientId]);
  }
}
