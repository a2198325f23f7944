import { refusedLogin, refusedLoginsPath } from './refused-logins.rules.js';

describe('refusedLogin', () => {
  it('keeps when, why, the identity provider and the person there, and nothing else', () => {
    const shown = refusedLogin({
      time: Date.UTC(2026, 11, 6, 12, 0, 0),
      type: 'IDENTITY_PROVIDER_POST_LOGIN_ERROR',
      error: 'access_denied',
      clientId: 'samvirke-portal',
      details: {
        identity_provider: 'kommune-idp',
        identity_provider_identity: 'abc',
        identity_provider_broker_session_id: 'kommune-idp.xyz',
        ip_address: '10.0.0.1',
      },
    });
    expect(shown).toEqual({
      time: '2026-12-06T12:00:00.000Z',
      type: 'IDENTITY_PROVIDER_POST_LOGIN_ERROR',
      error: 'access_denied',
      identityProvider: 'kommune-idp',
      username: null,
      identity: 'abc',
      client: 'samvirke-portal',
    });
    expect(JSON.stringify(shown)).not.toMatch(/10\.0\.0\.1|xyz/);
  });

  it('leaves out an event that is no refused login', () => {
    expect(refusedLogin({ time: 0, type: 'LOGIN' })).toBeUndefined();
  });

  it('asks Keycloak for the refused-login types only', () => {
    expect(refusedLoginsPath(20)).toBe(
      '/events?type=LOGIN_ERROR&type=IDENTITY_PROVIDER_LOGIN_ERROR&type=IDENTITY_PROVIDER_FIRST_LOGIN_ERROR&type=IDENTITY_PROVIDER_POST_LOGIN_ERROR&first=0&max=20',
    );
  });
});
