import type {
  ContactChangedV2,
  ContactDto,
  ContactPersonal,
  MembershipDto,
  PersonalEnvelope,
  ProgrammeMemberPeople,
} from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';

/**
 * Named contacts hold personal data (name, e-mail), so only the organisation's own users and
 * platform admins see or change them.
 */
export function mayManageContacts(principal: Principal, organisationId: string): void {
  if (!hasRole(principal, 'platform-admin') && !belongsTo(principal, organisationId)) {
    throw new DomainError(
      'forbidden',
      "Only the organisation's own users and platform admins manage its contacts.",
    );
  }
}

export function contactNotFound(contactId: string): DomainError {
  return new DomainError('not-found', `No contact ${contactId} at this organisation.`);
}

/** What of a contact travels only encrypted to their data key. */
export function contactPersonal(contact: Pick<ContactDto, 'name' | 'email'>): ContactPersonal {
  return { name: contact.name, email: contact.email };
}

/** contact.changed tells notifications whom to write to; the person travels sealed (contactPersonal). */
export function contactChanged(
  contact: Omit<ContactDto, 'createdAt'>,
  personal: PersonalEnvelope,
): ContactChangedV2 {
  const { id, organisationId, role, language } = contact;
  return { contactId: id, organisationId, role, language, personal };
}

/** Who is who: each member (in the order given) with its roles and its contacts. */
export function programmePeople(
  members: readonly Pick<MembershipDto, 'organisationId' | 'organisationName' | 'roles'>[],
  contacts: readonly ContactDto[],
): ProgrammeMemberPeople[] {
  return members.map(({ organisationId, organisationName, roles }) => ({
    organisationId,
    organisationName,
    roles,
    contacts: contacts
      .filter((contact) => contact.organisationId === organisationId)
      .map(({ id, name, email, role, language }) => ({ id, name, email, role, language })),
  }));
}

/** An integration's client: a service account, or a token with the `integration` role. */
export function isMachineClient(principal: Pick<Principal, 'isServiceAccount' | 'roles'>): boolean {
  return principal.isServiceAccount || principal.roles.includes('integration');
}

/**
 * Whose eyes a contact list is for (issue 24): a person sees named contacts where they may; a
 * machine client only when a platform admin granted its client id contact access, and then each
 * read is recorded in the audit trail; without the grant it gets no named contacts at all.
 */
export type ContactSight = 'person' | 'granted-client' | 'none';

export function contactSight(
  principal: Pick<Principal, 'isServiceAccount' | 'roles'>,
  clientGranted: boolean,
): ContactSight {
  if (!isMachineClient(principal)) return 'person';
  return clientGranted ? 'granted-client' : 'none';
}
