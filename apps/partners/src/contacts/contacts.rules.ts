import type { ContactChangedV1, ContactDto, MembershipDto, ProgrammeMemberPeople } from '@samvirke/contracts';
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

/** contact.changed tells notifications whom to write to, or that a contact is gone. */
export function contactChanged(contact: Omit<ContactDto, 'createdAt'>, removed: boolean): ContactChangedV1 {
  const { id, organisationId, name, email, role, language } = contact;
  return { contactId: id, organisationId, name, email, role, language, removed };
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

/**
 * Named contacts are for people: an integration's client (a service account, or a token with the
 * `integration` role) gets none by default. A per-client grant by a platform admin is not built yet.
 */
export function seesNamedContacts(principal: Pick<Principal, 'isServiceAccount' | 'roles'>): boolean {
  return !principal.isServiceAccount && !principal.roles.includes('integration');
}
