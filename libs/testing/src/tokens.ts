import { DEMO_CLIENTS, DEMO_PASSWORD, DEMO_USERS } from './demo-identities.js';

interface TokenResponse {
  access_token?: string;
  expires_in?: number;
  error?: string;
  error_description?: string;
}

const cache = new Map<string, { token: string; expiresAt: number }>();

function keycloakUrl(): string {
  return (process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
}

async function requestToken(form: Record<string, string>): Promise<string> {
  const key = JSON.stringify(form);
  const cached = cache.get(key);
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.token;
  const response = await fetch(`${keycloakUrl()}/realms/samvirke/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  const body = (await response.json()) as TokenResponse;
  if (!response.ok || !body.access_token) {
    throw new Error(
      `Keycloak refused a token (${response.status}): ${body.error ?? ''} ${body.error_description ?? ''}`,
    );
  }
  cache.set(key, { token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1_000 });
  return body.access_token;
}

/** A real access token for a demo user (password grant through the gateway's client). */
export function userToken(username: string, password = DEMO_PASSWORD): Promise<string> {
  return requestToken({
    grant_type: 'password',
    client_id: DEMO_CLIENTS.gateway.clientId,
    client_secret: DEMO_CLIENTS.gateway.secret,
    username,
    password,
    scope: 'openid',
  });
}

/** What fetch needs to send `body` (JSON, if any) with `method` as a demo user with a real token. */
export async function requestAs(
  user: keyof typeof DEMO_USERS,
  method: string,
  body?: unknown,
): Promise<RequestInit> {
  return {
    method,
    headers: {
      authorization: `Bearer ${await userToken(DEMO_USERS[user].username)}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** A real access token for a machine client (client credentials). */
export function clientToken(
  clientId: string = DEMO_CLIENTS.integration.clientId,
  secret: string = DEMO_CLIENTS.integration.secret,
): Promise<string> {
  return requestToken({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
}

export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}
