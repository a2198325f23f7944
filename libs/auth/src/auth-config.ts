import { z } from 'zod';

export const authEnvSchema = z.object({
  KEYCLOAK_URL: z.url().default('http://127.0.0.1:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('samvirke'),
  /** Tokens must name this client in `aud`; the realm's samvirke scope adds it for every client. */
  KEYCLOAK_AUDIENCE: z.string().min(1).default('samvirke-gateway'),
  /** Optional PEM public key; without it the realm's JWKS is fetched once and cached. */
  KEYCLOAK_REALM_PUBLIC_KEY: z.string().optional(),
});

export interface AuthConfig {
  readonly keycloakUrl: string;
  readonly realm: string;
  readonly audience: string;
  readonly realmPublicKey?: string | undefined;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = authEnvSchema.parse(env);
  return {
    keycloakUrl: parsed.KEYCLOAK_URL.replace(/\/$/, ''),
    realm: parsed.KEYCLOAK_REALM,
    audience: parsed.KEYCLOAK_AUDIENCE,
    realmPublicKey: parsed.KEYCLOAK_REALM_PUBLIC_KEY,
  };
}

export function realmUrl(config: AuthConfig): string {
  return `${config.keycloakUrl}/realms/${config.realm}`;
}
