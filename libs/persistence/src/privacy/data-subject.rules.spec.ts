import { erasedName, matchValue, personDigest, rowKey, type PersonMatch } from './data-subject.rules.js';
import { requestKeyPair, seal, unseal } from './sealed-box.js';

const person: PersonMatch = {
  requestId: '0b7e9c44-2f63-4d0a-8c1e-5a9d3e7f2b02',
  subject: null,
  salt: 'a1b2c3d4e5f60718',
  emailDigest: personDigest('a1b2c3d4e5f60718', 'Ida@Example.dk'),
  usernameDigest: null,
};

describe('data subject matching and sealing', () => {
  it('digests e-mails case-insensitively with the request salt, never as the plain address', () => {
    expect(person.emailDigest).toBe(personDigest(person.salt, 'ida@example.dk'));
    expect(person.emailDigest).not.toBe(personDigest('another-salt-000', 'ida@example.dk'));
    expect(person.emailDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches a locator by what the request knows, or not at all', () => {
    expect(matchValue({ table: 't', column: 'c', by: 'email', erase: 'delete' }, person)).toBe(
      person.emailDigest,
    );
    expect(matchValue({ table: 't', column: 'c', by: 'subject', erase: 'delete' }, person)).toBeNull();
    expect(matchValue({ table: 't', column: 'c', by: 'username', erase: 'delete' }, person)).toBeNull();
  });

  it('keys rows as the audit trail does and names erased people without their name', () => {
    expect(rowKey({ notification_id: 'n', subject: 's', x: 1 }, ['notification_id', 'subject'])).toBe('n/s');
    expect(erasedName(person.requestId)).toBe('slettet-0b7e9c44');
  });

  it('seals a document that only the private key opens', () => {
    const keys = requestKeyPair();
    const box = seal(keys.publicKey, { contact: [{ email: 'ida@example.dk' }] });
    expect(JSON.stringify(box)).not.toContain('ida@example.dk');
    expect(unseal(keys.privateKey, box)).toEqual({ contact: [{ email: 'ida@example.dk' }] });
    expect(() => unseal(requestKeyPair().privateKey, box)).toThrow();
  });
});
