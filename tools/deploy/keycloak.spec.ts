import {
  clusterRealm,
  integrationClients,
  keycloakObjects,
  readRealm,
  secretPlaceholder,
} from './keycloak.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';

describe('the realm a cluster imports', () => {
  const source = readRealm();
  const realm = clusterRealm(EXAMPLE_SITE, source);
  const [, realmImport] = keycloakObjects(SIZES[2], EXAMPLE_SITE);
  const placeholders = (
    realmImport?.['spec'] as { placeholders: Record<string, { secret: { name: string } }> }
  ).placeholders;

  it("is the repository's realm without its demo users", () => {
    expect(source.users?.length).toBeGreaterThan(0);
    expect(realm.users).toBeUndefined();
    // Nor the development's demo identity providers, which run in the development Keycloak.
    expect(realm['identityProviders']).toBeUndefined();
    expect(realm['identityProviderMappers']).toBeUndefined();
    expect(realm.clients.map((client) => client.clientId)).toEqual(
      source.clients.map((client) => client.clientId),
    );
  });

  it('lets the portal sign in only from its public address', () => {
    const portal = realm.clients.find((client) => client.clientId === 'samvirke-portal');
    expect(portal?.redirectUris).toEqual(['https://portal.samvirke.example/*']);
    expect((portal?.['attributes'] as Record<string, string>)['post.logout.redirect.uris']).toBe(
      'https://portal.samvirke.example/*',
    );
    expect(portal?.webOrigins).toEqual(['https://portal.samvirke.example']);
  });

  it("takes every confidential client's secret from a Secret, none from the file", () => {
    const confidential = source.clients.filter(
      (client) => client.secret !== undefined && client.clientId.startsWith('samvirke-'),
    );
    expect(confidential.length).toBeGreaterThan(0);
    for (const { clientId } of confidential) {
      const client = realm.clients.find((entry) => entry.clientId === clientId);
      expect(client?.secret).toBe(`\${${secretPlaceholder(clientId)}}`);
      expect(placeholders[secretPlaceholder(clientId)]?.secret.name).toBe(
        `samvirke-client-${clientId.replace(/^samvirke-/, '')}`,
      );
    }
  });

  it('requires TLS from outside and detects brute-force logins', () => {
    expect(realm['sslRequired']).toBe('external');
    expect(realm['bruteForceProtected']).toBe(true);
  });

  it('names the integrations that get a KafkaUser: the clients with a service account', () => {
    expect(integrationClients(source)).toEqual(['samvirke-integration-demo', 'samvirke-integration-other']);
  });
});
