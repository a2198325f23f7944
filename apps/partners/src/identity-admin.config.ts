import { z } from 'zod';
import { loadConfig } from '@samvirke/platform';

const commaList = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

const schema = z.object({
  KEYCLOAK_URL: z.url().default('http://127.0.0.1:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('samvirke'),
  /** The realm's least-privilege service account (infra/keycloak/samvirke-realm.json). */
  IDENTITY_ADMIN_CLIENT_ID: z.string().min(1).default('samvirke-identity-admin'),
  /** Development value, clearly marked; a deployment sets its own. */
  IDENTITY_ADMIN_CLIENT_SECRET: z.string().min(1).default('dev-only-samvirke-identity-admin-secret'),
  /**
   * The SAML identity providers whose "privilege roles" mapper this service keeps equal to its
   * table (comma-separated aliases; empty: none, which the test stacks use).
   */
  FEDERATION_SAML_IDPS: z.string().default('kommune-idp').transform(commaList),
});

export type IdentityAdminConfig = z.infer<typeof schema>;

export function identityAdminConfig(): IdentityAdminConfig {
  return loadConfig(schema);
}
