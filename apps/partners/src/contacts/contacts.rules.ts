import type { ContactChangedV1, ContactDto } from '@samvirke/contracts';
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
