import type { Principal } from '@samvirke/auth';
import { userProfile } from './users.rules.js';

const person: Principal = {
  subject: 's-1',
  username: 'anne',
  clientId: 'samvirke-portal',
  roles: ['reporter'],
  organisations: ['org-1'],
  isServiceAccount: false,
  email: 'anne@example.dk',
  expiresAt: 0,
};

describe('the profile notifications remembers of a caller', () => {
  it('keeps a person with their verified e-mail, organisations and roles', () => {
    expect(userProfile({ principal: person, email: 'anne@example.dk' })).toEqual({
      subject: 's-1',
      username: 'anne',
      email: 'anne@example.dk',
      organisations: ['org-1'],
      roles: ['reporter'],
    });
  });

  it('keeps no e-mail for a service account, and no username when the token has none', () => {
    const machine = { ...person, username: undefined, isServiceAccount: true };
    expect(userProfile({ principal: machine, email: 'robot@example.dk' })).toMatchObject({
      username: null,
      email: null,
    });
  });
});
