import type { EntityManager } from 'typeorm';
import type {
  CloudEvent,
  ContactChangedV1,
  MembershipGrantedV1,
  MembershipRevokedV1,
  OrganisationRegisteredV1,
  OrganisationUpdatedV1,
  ProgrammeCreatedV1,
} from '@samvirke/contracts';

/**
 * Notifications' own copy of partners' organisations, contacts (e-mail and language), programmes
 * and memberships, kept from partners' events inside the consumer's transaction.
 */
export async function applyToDirectory(
  event: CloudEvent,
  data: unknown,
  manager: EntityManager,
): Promise<void> {
  switch (event.type) {
    case 'dk.samvirke.partners.organisation.registered.v1': {
      const organisation = data as OrganisationRegisteredV1;
      await upsertOrganisation(manager, event, organisation, new Date(organisation.registeredAt));
      return;
    }
    case 'dk.samvirke.partners.organisation.updated.v1': {
      await upsertOrganisation(manager, event, data as OrganisationUpdatedV1, new Date(event.time));
      return;
    }
    case 'dk.samvirke.partners.contact.changed.v1': {
      const contact = data as ContactChangedV1;
      await manager.query(
        `INSERT INTO contact (id, organisation_id, name, email, role, language, removed, last_event_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name,
           email = EXCLUDED.email, role = EXCLUDED.role, language = EXCLUDED.language, removed = EXCLUDED.removed,
           last_event_id = EXCLUDED.last_event_id`,
        [
          contact.contactId,
          contact.organisationId,
          contact.name,
          contact.email,
          contact.role,
          contact.language,
          contact.removed,
          event.id,
        ],
      );
      return;
    }
    case 'dk.samvirke.partners.programme.created.v1':
    case 'dk.samvirke.partners.programme.updated.v1': {
      const programme = data as ProgrammeCreatedV1;
      await manager.query(
        `INSERT INTO known_programme (id, name, backbone_organisation_id, last_event_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,
           backbone_organisation_id = EXCLUDED.backbone_organisation_id, last_event_id = EXCLUDED.last_event_id`,
        [programme.programmeId, programme.name, programme.backboneOrganisationId, event.id],
      );
      return;
    }
    case 'dk.samvirke.partners.membership.granted.v1': {
      const membership = data as MembershipGrantedV1;
      await manager.query(
        `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles)
         VALUES ($1, $2, $3, $4) ON CONFLICT (membership_id) DO NOTHING`,
        [membership.membershipId, membership.programmeId, membership.organisationId, membership.roles],
      );
      return;
    }
    case 'dk.samvirke.partners.membership.revoked.v1': {
      const membership = data as MembershipRevokedV1;
      await manager.query(
        `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles, left_on)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (membership_id) DO UPDATE SET left_on = EXCLUDED.left_on`,
        [
          membership.membershipId,
          membership.programmeId,
          membership.organisationId,
          membership.roles,
          membership.leftOn,
        ],
      );
      return;
    }
    default:
      return;
  }
}

async function upsertOrganisation(
  manager: EntityManager,
  event: CloudEvent,
  organisation: Pick<OrganisationRegisteredV1, 'organisationId' | 'name' | 'type'>,
  registeredAt: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO known_organisation (id, name, type, registered_at, last_event_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, last_event_id = EXCLUDED.last_event_id`,
    [organisation.organisationId, organisation.name, organisation.type, registeredAt, event.id],
  );
}
