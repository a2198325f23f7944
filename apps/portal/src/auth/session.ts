import { rolesFromPrivilegeClaims } from '@samvirke/contracts';
import Keycloak from 'keycloak-js';
import type { PortalConfig } from '../config.js';

export type Role =
  | 'platform-admin'
  | 'foundation-officer'
  | 'backbone-coordinator'
  | 'reporter'
  | 'partner-member'
  | 'integration';

/** Who is logged in, read from the access token the gateway will verify. */
export interface Principal {
  readonly subject: string;
  readonly username: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly organisations: readonly string[];
}

/** The realm's identity provider for municipal employees (docs/identity.md). */
export const MUNICIPAL_IDP = 'kommune-idp';

export interface Session {
  readonly principal: Principal | null;
  /** To Keycloak's login page, or with `idpHint` straight on to that identity provider. */
  login(locale: string, idpHint?: string): Promise<void>;
  logout(): Promise<void>;
  /** A fresh access token (refreshed when it expires within 30 seconds). */
  token(): Promise<string>;
}

const ROLES: readonly Role[] = [
  'platform-admin',
  'foundation-officer',
  'backbone-coordinator',
  'reporter',
  'partner-member',
  'integration',
];

function principalOf(claims: Record<string, unknown>): Principal {
  const organisations = claims['organisations'];
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  // A person from a municipality's identity provider has roles from their privileges, under the
  // table the token carries (as libs/auth reads them).
  const realmRoles: readonly string[] = [
    ...((claims['realm_access'] as { roles?: string[] } | undefined)?.roles ?? []),
    ...rolesFromPrivilegeClaims(claims),
  ];
  return {
    subject: text(claims['sub']),
    username: text(claims['preferred_username']),
    name: text(claims['name']) || text(claims['preferred_username']),
    roles: ROLES.filter((role) => realmRoles.includes(role)),
    organisations: Array.isArray(organisations) ? organisations.map(String) : [],
  };
}

/**
 * Authorization code flow with PKCE (S256) against Keycloak. A returning browser with a Keycloak
 * session is logged in silently by a redirect (check-sso without an iframe, so no third-party
 * cookies are needed); otherwise the portal shows its own front page with a login button.
 */
export async function startSession(config: PortalConfig): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    responseMode: 'query',
  });
  return {
    principal: keycloak.authenticated && keycloak.tokenParsed ? principalOf(keycloak.tokenParsed) : null,
    login: (locale, idpHint) =>
      keycloak.login({ locale, redirectUri: window.location.href, ...(idpHint ? { idpHint } : {}) }),
    logout: () => keycloak.logout({ redirectUri: `${window.location.origin}/` }),
    token: async () => {
      try {
        await keycloak.updateToken(30);
      } catch {
        await keycloak.login({ redirectUri: window.location.href });
      }
      return keycloak.token ?? '';
    },
  };
}
