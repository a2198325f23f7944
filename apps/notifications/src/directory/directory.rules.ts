import type { CloudEvent, ContactChangedV1 } from '@samvirke/contracts';
import type { KnownOrganisationRow } from '@samvirke/directory';

/** What GET /directory/organisations/{id} answers. */
export interface KnownOrganisationView {
  id: string;
  name: string;
  type: string;
  registeredAt: Date;
  lastEventId: string;
}

/** A row of contact: the named people notifications writes to, in their language. */
export interface ContactRow {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly language: string;
  readonly removed: boolean;
  readonly lastEventId: string;
}

/**
 * The organisation as notifications shows it. Notifications dates every organisation it has
 * heard of (registered_at was required in its copy before the directory was shared), so a row
 * without the date is not one notifications heard of itself.
 */
export function knownOrganisationView(
  row: KnownOrganisationRow | undefined,
): KnownOrganisationView | undefined {
  if (!row?.registered_at) return undefined;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    registeredAt: row.registered_at,
    lastEventId: row.last_event_id,
  };
}

export function contactRow(event: CloudEvent, contact: ContactChangedV1): ContactRow {
  return {
    id: contact.contactId,
    organisationId: contact.organisationId,
    name: contact.name,
    email: contact.email,
    role: contact.role,
    language: contact.language,
    removed: contact.removed,
    lastEventId: event.id,
  };
}
