import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOioBpp } from '@samvirke/contracts';
import { DEMO_ORGANISATIONS } from './demo-identities.js';
import { repoRoot } from './repo-root.js';

/**
 * The two realm files that make the federation (infra/keycloak): what one says about the other
 * must hold, or logins fail only when someone tries them.
 */
type Json = Record<string, unknown>;
const realm = (name: string): Json =>
  JSON.parse(readFileSync(join(repoRoot(), `infra/keycloak/${name}-realm.json`), 'utf8')) as Json;
const samvirke = realm('samvirke');
const idp = realm('kommune-idp');
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const config = (entry: Json): Record<string, string> => (entry['config'] ?? {}) as Record<string, string>;

const identityProvider = list(samvirke['identityProviders']).find((p) => p['alias'] === 'kommune-idp') ?? {};
const organisationGroups = list(
  list(samvirke['groups']).find((group) => group['name'] === 'federated-organisations')?.['subGroups'],
);
const groupMappers = list(samvirke['identityProviderMappers']).filter(
  (mapper) => mapper['identityProviderMapper'] === 'saml-advanced-group-idp-mapper',
);
const attributes = (group: Json): Record<string, string[]> => group['attributes'] as Record<string, string[]>;

describe('the federation realms', () => {
  it('trusts exactly the signing certificate of the demo IdP, and requires signed assertions', () => {
    const keys = (idp['components'] as Record<string, Json[]>)['org.keycloak.keys.KeyProvider'] ?? [];
    const signing = keys.find((key) => key['providerId'] === 'rsa');
    expect(config(identityProvider)['signingCertificate']).toBe(
      (signing?.['config'] as Record<string, string[]>)['certificate']?.[0],
    );
    expect(config(identityProvider)).toMatchObject({
      validateSignature: 'true',
      wantAssertionsSigned: 'true',
    });
  });

  it('knows the organisations it connects by their Samvirke id and CVR, as the demo data does', () => {
    const known = Object.values(DEMO_ORGANISATIONS).filter((organisation) => 'cvr' in organisation);
    expect(organisationGroups.map((group) => attributes(group)['organisation']?.[0]).sort()).toEqual(
      known.map((organisation) => organisation.id).sort(),
    );
    for (const organisation of known) {
      const group = organisationGroups.find((g) => attributes(g)['organisation']?.[0] === organisation.id);
      expect(group && attributes(group)['cvr']).toEqual([organisation.cvr]);
    }
  });

  it('puts a person in the group of the organisation whose CVR the assertion carries', () => {
    expect(groupMappers).toHaveLength(organisationGroups.length);
    for (const mapper of groupMappers) {
      const [condition] = JSON.parse(config(mapper)['attributes'] ?? '[]') as {
        key: string;
        value: string;
      }[];
      const group = organisationGroups.find((g) => g['path'] === config(mapper)['group']);
      expect(condition?.key).toBe('dk:gov:saml:attribute:CvrNumberIdentifier');
      expect(group && attributes(group)['cvr']).toEqual([condition?.value]);
    }
  });

  it("gives the IdP's users readable privileges scoped to their own CVR (one of them to another's)", () => {
    const users = list(idp['users']);
    const scoped = users.map((user) => {
      const userAttributes = user['attributes'] as Record<string, string[]>;
      const reading = readOioBpp(userAttributes['privileges']?.[0] ?? '');
      return reading.ok && reading.groups[0]?.cvr === userAttributes['cvr']?.[0];
    });
    expect(scoped.filter(Boolean)).toHaveLength(users.length - 1);
  });
});
