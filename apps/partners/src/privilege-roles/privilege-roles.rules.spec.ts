import { privilegeTableFromClaim } from '@samvirke/contracts';
import { tableOf } from './privilege-roles.rules.js';

describe('tableOf', () => {
  it('gives the object a token carries, read back the same by libs/contracts', () => {
    const entries = [
      { privilege: 'urn:dk:kombit:samvirke:indberetter', role: 'reporter' as const },
      { privilege: 'http://samvirke.example/roles/deltager/1', role: 'partner-member' as const },
    ];
    const table = tableOf(entries);
    expect(table).toEqual({
      'urn:dk:kombit:samvirke:indberetter': 'reporter',
      'http://samvirke.example/roles/deltager/1': 'partner-member',
    });
    expect(privilegeTableFromClaim(JSON.stringify(table))).toEqual(table);
  });

  it('gives an empty table for no entries (which grants nothing, unlike no table)', () => {
    expect(tableOf([])).toEqual({});
    expect(privilegeTableFromClaim(JSON.stringify(tableOf([])))).toEqual({});
  });
});
