import { principal, thrown } from '../../test/rules.fixture.js';
import {
  contactChanged,
  contactPersonal,
  mayManageContacts,
  programmePeople,
  contactSight,
} from './contacts.rules.js';

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
  it('carries the ids, role and language in the open and the person only in their envelope', () => {
    const contact = {
      id: '00000000-0000-4000-8000-00000000c0c0',
      organisationId: kobenhavn,
      name: 'Mette Måler',
      email: 'mette@kk.example',
      role: 'dataansvarlig',
      language: 'da' as const,
      legalBasis: 'legitimate-interest' as const,
    };
    const personal = {
      alg: 'A256GCM' as const,
      keyId: '00000000-0000-4000-8000-00000000feed',
      nonce: 'AAAAAAAAAAAAAAAA',
      ciphertext: 'AAAA',
    };
    expect(contactChanged(contact, personal)).toEqual({
      contactId: contact.id,
      organisationId: kobenhavn,
      role: 'dataansvarlig',
      language: 'da',
      personal,
    });
    expect(JSON.stringify(contactChanged(contact, personal))).not.toMatch(/Mette|mette@/);
    expect(contactPersonal(contact)).toEqual({ name: 'Mette Måler', email: 'mette@kk.example' });
  });
});

describe('who is who in a programme', () => {
  it("lists each member with its roles and only its own contacts, leaving out the contacts' bookkeeping", () => {
    const contact = (id: string, organisationId: string, name: string) => ({
      id,
      organisationId,
      name,
      email: `${name.toLowerCase()}@example.dk`,
      role: 'kontakt',
      language: 'da' as const,
      legalBasis: 'legitimate-interest' as const,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const people = programmePeople(
      [
        { organisationId: aarhus, organisationName: 'Aarhus Kommune', roles: ['data-provider'] },
        { organisationId: kobenhavn, organisationName: 'Københavns Kommune', roles: ['backbone'] },
      ],
      [contact('c1', kobenhavn, 'Mette'), contact('c2', 'someone-else', 'Ole')],
    );
    expect(people).toEqual([
      { organisationId: aarhus, organisationName: 'Aarhus Kommune', roles: ['data-provider'], contacts: [] },
      {
        organisationId: kobenhavn,
        organisationName: 'Københavns Kommune',
        roles: ['backbone'],
        contacts: [{ id: 'c1', name: 'Mette', email: 'mette@example.dk', role: 'kontakt', language: 'da' }],
      },
    ]);
  });
});

describe('named contacts and machine clients', () => {
  it('shows named contacts to people whatever any grant says', () => {
    expect(contactSight(principal(['partner-member']), false)).toBe('person');
    expect(contactSight(principal(['platform-admin']), false)).toBe('person');
  });

  it('shows an integration client no named contacts unless its client id was granted contact access', () => {
    expect(contactSight(principal(['integration']), false)).toBe('none');
    expect(contactSight({ ...principal(['reporter']), isServiceAccount: true }, false)).toBe('none');
    expect(contactSight(principal(['integration']), true)).toBe('granted-client');
    expect(contactSight({ ...principal(['reporter']), isServiceAccount: true }, true)).toBe('granted-client');
  });
});
