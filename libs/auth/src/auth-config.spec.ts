import { authConfigFromEnv, expectedIssuer, jwksUrl } from './auth-config.js';

describe('authConfigFromEnv', () => {
  it('defaults to every realm algorithm, 30 s of skew and the key address as issuer', () => {
    const config = authConfigFromEnv({ KEYCLOAK_URL: 'http://127.0.0.1:8080/' });
    expect(config.algorithms).toEqual(['RS256', 'PS256', 'ES256']);
    expect(config.clockSkewSeconds).toBe(30);
    expect(config.allowedClients).toBeUndefined();
    expect(expectedIssuer(config)).toBe('http://127.0.0.1:8080/realms/samvirke');
  });

  it('takes the issuer apart from the address the keys are fetched from', () => {
    const config = authConfigFromEnv({
      KEYCLOAK_URL: 'http://keycloak.samvirke.svc:8080',
      KEYCLOAK_ISSUER: 'https://login.samvirke.example/realms/samvirke/',
      KEYCLOAK_ALLOWED_CLIENTS: 'samvirke-portal, samvirke-gateway',
      KEYCLOAK_CLOCK_SKEW_SECONDS: '10',
      KEYCLOAK_ALGORITHMS: 'RS256',
    });
    expect(expectedIssuer(config)).toBe('https://login.samvirke.example/realms/samvirke');
    expect(jwksUrl(config)).toBe(
      'http://keycloak.samvirke.svc:8080/realms/samvirke/protocol/openid-connect/certs',
    );
    expect(config.allowedClients).toEqual(['samvirke-portal', 'samvirke-gateway']);
    expect(config.clockSkewSeconds).toBe(10);
    expect(config.algorithms).toEqual(['RS256']);
  });

  it('refuses an algorithm a realm must not be trusted with (HS256, none)', () => {
    expect(() => authConfigFromEnv({ KEYCLOAK_ALGORITHMS: 'RS256,HS256' })).toThrow(/HS256/);
    expect(() => authConfigFromEnv({ KEYCLOAK_ALGORITHMS: 'none' })).toThrow(/none/);
  });

  it('refuses a clock skew beyond five minutes', () => {
    expect(() => authConfigFromEnv({ KEYCLOAK_CLOCK_SKEW_SECONDS: '3600' })).toThrow();
  });
});
