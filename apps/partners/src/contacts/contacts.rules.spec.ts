import { principal, thrown } from '../../test/rules.fixture.js';
import { contactChanged, mayManageContacts } from './contacts.rules.js';

const kobenhavn = '00000000-0000-4000-8000-000000000101';
const aarhus = '00000000-0000-4000-8000-000000000751';

describe("who manages an organisation's contacts", () => {
  it("lets the organisation's own users and platform admins", () => {
    expect(() => mayManageContacts(principal(['reporter'], [kobenhavn]), kobenhavn)).not.toThrow();
    expect(() => mayManageContacts(principal(['platform-admin']), kobenhavn)).not.toThrow();
  });

  it("refuses another organisation's user, whatever their roles", () => {
    expect(thrown(() => mayManageContacts(principal(['reporter'], [aarhus]), kobenhavn)).kind).toBe(
      'forbidden',
    );
    expect(
      thrown(() =>
        mayManageContacts(principal(['foundation-officer', 'backbone-coordinator'], [aarhus]), kobenhavn),
      ).kind,
    ).toBe('forbidden');
  });
});

describe('contact.changed', () => {
  it('carries who to write to, and whether the contact was removed', () => {
    const contact = {
      id: '00000000-0000-4000-8000-00000000c0c0',
      organisationId: kobenhavn,
      name: 'Mette Måler',
      email: 'mette@kk.example',
      role: 'dataansvarlig',
      language: 'da' as const,
    };
    expect(contactChanged(contact, true)).toEqual({
      contactId: contact.id,
      organisationId: kobenhavn,
      name: 'Mette Måler',
      email: 'mette@kk.example',
      role: 'dataansvarlig',
      language: 'da',
      removed: true,
    });
    expect(contactChanged(contact, false).removed).toBe(false);
  });
});
