import type { EntityManager } from 'typeorm';
import type { RegisteredIdp } from './identity-providers.rules.js';

interface Row {
  alias: string;
  protocol: 'saml' | 'oidc';
  organisation_id: string;
  display_name: string;
  idp_entity_id: string;
  registered_at: Date;
}

const COLUMNS = `alias, protocol, organisation_id, display_name, idp_entity_id, registered_at`;

const toIdp = (row: Row): RegisteredIdp => ({
  alias: row.alias,
  protocol: row.protocol,
  organisationId: row.organisation_id,
  displayName: row.display_name,
  idpEntityId: row.idp_entity_id,
  registeredAt: row.registered_at.toISOString(),
});

/** The identity providers registered through the API, on the caller's transaction. */
export class IdentityProvidersStore {
  constructor(private readonly manager: EntityManager) {}

  async list(): Promise<RegisteredIdp[]> {
    const rows: Row[] = await this.manager.query(`SELECT ${COLUMNS} FROM identity_provider ORDER BY alias`);
    return rows.map(toIdp);
  }

  async aliases(protocol: 'saml' | 'oidc'): Promise<string[]> {
    const rows: { alias: string }[] = await this.manager.query(
      `SELECT alias FROM identity_provider WHERE protocol = $1 ORDER BY alias`,
      [protocol],
    );
    return rows.map((row) => row.alias);
  }

  /** The row, locked against a concurrent removal until the commit. */
  async lock(alias: string): Promise<RegisteredIdp | undefined> {
    const rows: Row[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM identity_provider WHERE alias = $1 FOR UPDATE`,
      [alias],
    );
    return rows[0] ? toIdp(rows[0]) : undefined;
  }

  async insert(idp: Omit<RegisteredIdp, 'registeredAt'>): Promise<RegisteredIdp> {
    const rows: Row[] = await this.manager.query(
      `INSERT INTO identity_provider (alias, protocol, organisation_id, display_name, idp_entity_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [idp.alias, idp.protocol, idp.organisationId, idp.displayName, idp.idpEntityId],
    );
    const [row] = rows;
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return toIdp(row);
  }

  async delete(alias: string): Promise<void> {
    await this.manager.query(`DELETE FROM identity_provider WHERE alias = $1`, [alias]);
  }
}
