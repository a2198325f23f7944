import type { EntityManager } from 'typeorm';
import type { ContactDto } from '@samvirke/contracts';

interface ContactRow {
  id: string;
  organisation_id: string;
  name: string;
  email: string;
  role: string;
  language: ContactDto['language'];
  legal_basis: ContactDto['legalBasis'];
  created_at: Date;
}

const COLUMNS = `id, organisation_id, name, email, role, language, legal_basis, created_at`;

/**
 * The organisation's named contacts. A removed contact's row is deleted (rows removed before that
 * keep removed_at set and are erased by the migration that brought deletion in).
 */
export class ContactsStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(contact: Omit<ContactDto, 'createdAt'>): Promise<ContactDto> {
    const [row] = await this.manager.query<ContactRow[]>(
      `INSERT INTO contact (id, organisation_id, name, email, role, language, legal_basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [
        contact.id,
        contact.organisationId,
        contact.name,
        contact.email,
        contact.role,
        contact.language,
        contact.legalBasis,
      ],
    );
    return toDto(row);
  }

  async current(organisationId: string): Promise<ContactDto[]> {
    const rows = await this.manager.query<ContactRow[]>(
      `SELECT ${COLUMNS} FROM contact WHERE organisation_id = $1 AND removed_at IS NULL ORDER BY name ASC`,
      [organisationId],
    );
    return rows.map(toDto);
  }

  /** The current contacts of several organisations at once, by name. */
  async currentOfAll(organisationIds: readonly string[]): Promise<ContactDto[]> {
    const rows = await this.manager.query<ContactRow[]>(
      `SELECT ${COLUMNS} FROM contact
        WHERE organisation_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY name ASC`,
      [organisationIds],
    );
    return rows.map(toDto);
  }

  async find(organisationId: string, contactId: string): Promise<ContactDto | undefined> {
    const [row] = await this.manager.query<ContactRow[]>(
      `SELECT ${COLUMNS} FROM contact WHERE id = $1 AND organisation_id = $2 AND removed_at IS NULL`,
      [contactId, organisationId],
    );
    return row && toDto(row);
  }

  /** Deletes the contact: no copy of their name or e-mail stays (the audit trail is redacted too). */
  async erase(contactId: string): Promise<void> {
    await this.manager.query(`DELETE FROM contact WHERE id = $1`, [contactId]);
  }
}

function toDto(row: ContactRow): ContactDto {
  const { id, name, email, role, language } = row;
  return {
    id,
    organisationId: row.organisation_id,
    name,
    email,
    role,
    language,
    legalBasis: row.legal_basis,
    createdAt: row.created_at.toISOString(),
  };
}
