import { actorLabel, auditPath, changeLines } from './audit-rows.js';

describe('the audit trail screen', () => {
  it('asks the chosen service for a page with the filters, and for the export without paging', () => {
    expect(auditPath('entries', { service: 'grants', programmeId: 'p-1', table: 'award', after: '40' })).toBe(
      '/grants/audit/entries?programme=p-1&table=award&after=40&limit=50',
    );
    expect(auditPath('export', { service: 'partners', programmeId: 'p-1', after: '40' })).toBe(
      '/partners/audit/export?programme=p-1',
    );
  });

  it('shows each changed field with its values, erased ones as [slettet] and long ones cut', () => {
    expect(
      changeLines({
        action: 'UPDATE',
        changes: {
          email: { before: { $redacted: 'ab12' }, after: 'ny@kk.dk' },
          note: { before: null, after: 'x'.repeat(100) },
        },
      }),
    ).toEqual(['email: [slettet] → ny@kk.dk', `note: – → ${'x'.repeat(59)}…`]);
    expect(changeLines({ action: 'DELETE', changes: { name: { before: 'Anne', after: null } } })).toEqual([
      'name: Anne → –',
    ]);
  });

  it('names the actor, an erased person as erased, and a change without a caller as the system', () => {
    const actor = {
      subject: 's',
      username: null,
      clientId: 'samvirke-gateway',
      organisations: [],
      onBehalfOf: null,
    };
    expect(
      actorLabel({ actor: { ...actor, username: 'anne.kbh' }, redacted: false }, 'slettet', 'system'),
    ).toBe('anne.kbh');
    expect(actorLabel({ actor, redacted: true }, 'slettet', 'system')).toBe('slettet');
    expect(
      actorLabel({ actor: { ...actor, subject: null, clientId: null }, redacted: false }, 'e', 'system'),
    ).toBe('system');
  });
});
