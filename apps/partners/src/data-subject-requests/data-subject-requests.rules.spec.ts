import type { DataSubjectRequestDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import {
  exportable,
  exportRetentionConfigSchema,
  exportRetentionRule,
  isAnswered,
  mayHandleRequests,
  personNames,
  personUsername,
  receipt,
} from './data-subject-requests.rules.js';

const request = (patch: Partial<DataSubjectRequestDto>): DataSubjectRequestDto => ({
  id: '6f1c2b0e-6d1a-4f5e-9a51-1b2f0c9d4e01',
  kind: 'access',
  reference: 'J.nr. 1',
  status: 'completed',
  keycloak: 'found',
  openedAt: '2026-12-06T18:00:00.000Z',
  completedAt: null,
  services: receipt([]),
  ...patch,
});

describe('data subject request rules', () => {
  it('lists every service on the receipt, waiting until it answers', () => {
    const parts = receipt([{ service: 'grants', reportedAt: '2026-12-06T18:00:00Z', counts: { award: 1 } }]);
    expect(parts.map((part) => part.service)).toEqual([
      'partners',
      'keycloak',
      'measurement',
      'grants',
      'notifications',
    ]);
    expect(parts.find((part) => part.service === 'grants')?.counts).toEqual({ award: 1 });
    expect(isAnswered(request({ services: parts }))).toBe(false);
    const all = receipt(parts.map((part) => ({ ...part, reportedAt: '2026-12-06T18:00:00Z' })));
    expect(isAnswered(request({ services: all }))).toBe(true);
  });

  it('lets only platform admins handle requests', () => {
    const caller = (role: string) => ({ roles: [role] }) as unknown as Principal;
    expect(() => mayHandleRequests(caller('platform-admin'))).not.toThrow();
    expect(() => mayHandleRequests(caller('backbone-coordinator'))).toThrow(/Only platform admins/);
  });

  it('exports only a completed access request whose key is kept', () => {
    expect(() => exportable(request({}), true)).not.toThrow();
    expect(() => exportable(request({ kind: 'erasure' }), true)).toThrow(/no export/);
    expect(() => exportable(request({ status: 'open' }), true)).toThrow(/Not every service/);
    expect(() => exportable(request({}), false)).toThrow(/closed/);
  });

  it("looks the person up by the account's username, else the one given", () => {
    expect(personUsername({ username: 'given' }, { username: 'account' })).toBe('account');
    expect(personUsername({ username: 'given' }, null)).toBe('given');
    expect(personUsername({}, null)).toBeNull();
  });
});

describe('retention of access exports', () => {
  it('keeps an unclosed export 30 days by default, as ACCESS_EXPORT_RETENTION_DAYS says otherwise', () => {
    const prune = () => Promise.resolve(0);
    expect(exportRetentionRule(exportRetentionConfigSchema.parse({}), prune)).toEqual({
      kind: 'access-exports',
      days: 30,
      prune,
    });
    expect(
      exportRetentionRule(exportRetentionConfigSchema.parse({ ACCESS_EXPORT_RETENTION_DAYS: '7' }), prune)
        .days,
    ).toBe(7);
    expect(exportRetentionConfigSchema.safeParse({ ACCESS_EXPORT_RETENTION_DAYS: '0' }).success).toBe(false);
  });
});

describe('the names a person goes by', () => {
  it("takes the account's full name and each contact's name, trimmed and once each", () => {
    const account = { representation: { firstName: ' Ellen ', lastName: 'Hansen' } };
    expect(personNames(account, [{ name: 'Ellen Hansen' }, { name: 'E. Hansen ' }, { name: '' }])).toEqual([
      'Ellen Hansen',
      'E. Hansen',
    ]);
  });

  it('knows no name without an account name or contacts', () => {
    expect(personNames(null, [])).toEqual([]);
    expect(personNames({ representation: { firstName: '', lastName: null } }, [])).toEqual([]);
  });
});
