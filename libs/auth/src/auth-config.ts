import { z } from 'zod';

/** The signature algorithms a Keycloak realm signs access tokens with; anything else is refused. */
export const SIGNING_ALGORITHMS = ['RS256', 'PS256', 'ES256'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

const commaList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export const authEnvSchema = z.object({
  /** Where this process reaches Keycloak (the realm's keys are fetched here); may be an internal address. */
  KEYCLOAK_URL: z.url().default('http://127.0.0.1:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('samvirke'),
  /**
   * The issuer tokens must carry (`iss`), i.e. Keycloak's public address plus `/realms/<realm>`.
   * Default: KEYCLOAK_URL's realm URL, right when both are the same address.
   */
  KEYCLOAK_ISSUER: z.url().optional(),
  /** Tokens must name this client in `aud`; the realm's samvirke scope adds it for every client. */
  KEYCLOAK_AUDIENCE: z.string().min(1).default('samvirke-gateway'),
  /** Comma-separated; the client a token was issued to (`azp`) must be one of them. Empty: any client. */
  KEYCLOAK_ALLOWED_CLIENTS: z.string().optional(),
  /** Comma-separated subset of RS256, PS256, ES256 (the algorithms a realm signs with). */
  KEYCLOAK_ALGORITHMS: z
    .string()
    .optional()
    .transform((value, context) => {
      const list = commaList(value);
      if (list.length === 0) return [...SIGNING_ALGORITHMS];
      const unknown = list.filter((alg) => !(SIGNING_ALGORITHMS as readonly string[]).includes(alg));
      if (unknown.length > 0)
        context.addIssue({ code: 'custom', message: `not accepted: ${unknown.join(', ')}` });
      return list as SigningAlgorithm[];
    }),
  /** Seconds of clock difference allowed on `exp`, `nbf` and `iat`. */
  KEYCLOAK_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** The least time between two fetches of the realm's keys (an unknown key id waits for it). */
  KEYCLOAK_JWKS_COOLDOWN_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /** Optional public key (base64 DER or PEM); without it the realm's JWKS is fetched and cached. */
  KEYCLOAK_REALM_PUBLIC_KEY: z.string().optional(),
});

export interface AuthConfig {
  readonly keycloakUrl: string;
  readonly realm: string;
  readonly audience: string;
  /** Default: `realmUrl(config)`. */
  readonly issuer?: string | undefined;
  /** Default: every client. */
  readonly allowedClients?: readonly string[] | undefined;
  /** Default: SIGNING_ALGORITHMS. */
  readonly algorithms?: readonly SigningAlgorithm[] | undefined;
  /** Default: 30. */
  readonly clockSkewSeconds?: number | undefined;
  /** Default: 5000. */
  readonly jwksCooldownMs?: number | undefined;
  readonly realmPublicKey?: string | undefined;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = authEnvSchema.parse(env);
  const allowedClients = commaList(parsed.KEYCLOAK_ALLOWED_CLIENTS);
  return {
    keycloakUrl: parsed.KEYCLOAK_URL.replace(/\/$/, ''),
    realm: parsed.KEYCLOAK_REALM,
    audience: parsed.KEYCLOAK_AUDIENCE,
    issuer: parsed.KEYCLOAK_ISSUER?.replace(/\/$/, ''),
    allowedClients: allowedClients.length > 0 ? allowedClients : undefined,
    algorithms: parsed.KEYCLOAK_ALGORITHMS,
    clockSkewSeconds: parsed.KEYCLOAK_CLOCK_SKEW_SECONDS,
    jwksCooldownMs: parsed.KEYCLOAK_JWKS_COOLDOWN_MS,
    realmPublicKey: parsed.KEYCLOAK_REALM_PUBLIC_KEY,
  };
}

/** The realm's URL at the address this process reaches Keycloak on (KEYCLOAK_URL). */
export function realmUrl(config: AuthConfig): string {
  return `${config.keycloakUrl}/realms/${config.realm}`;
}

/** The issuer a token must name: KEYCLOAK_ISSUER, else the realm's URL. */
export function expectedIssuer(config: AuthConfig): string {
  return config.issuer ?? realmUrl(config);
}

/** Where the realm publishes its signing keys, always at the address this process reaches. */
export function jwksUrl(config: AuthConfig): string {
  return `${realmUrl(config)}/protocol/openid-connect/certs`;
}
