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
    const aliases = (realm.identityProviders ?? []).map((idp) => idp.alias);
    expect(aliases).toEqual(EXAMPLE_SITE.samlIdentityProviders.map((idp) => idp.alias));
    expect(aliases).not.toContain('kommune-idp');
    expect(aliases).not.toContain('aarhus-entra');
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

  it("brokers the site's SAML IdPs as the demo municipal IdP is brokered, with their own addresses and certificate", () => {
    const template = source.identityProviders?.find((idp) => idp.alias === 'kommune-idp');
    for (const site of EXAMPLE_SITE.samlIdentityProviders) {
      const idp = realm.identityProviders?.find((entry) => entry.alias === site.alias);
      expect(idp?.config).toMatchObject({
        idpEntityId: site.entityId,
        singleSignOnServiceUrl: site.singleSignOnServiceUrl,
        validateSignature: 'true',
        wantAssertionsSigned: 'true',
        entityId: 'https://auth.samvirke.example/realms/samvirke',
      });
      expect(idp?.['firstBrokerLoginFlowAlias']).toBe(template?.['firstBrokerLoginFlowAlias']);
      expect(idp?.['postBrokerLoginFlowAlias']).toBe(template?.['postBrokerLoginFlowAlias']);
      const placeholder = /^\$\{(\w+)\}$/.exec(idp?.config['signingCertificate'] ?? '')?.[1] ?? '';
      expect(placeholders[placeholder]?.secret.name).toBe(`samvirke-idp-${site.alias}`);
      // The attributes and the privilege table's mapper, not the demo's organisations by CVR.
      const mappers = (realm.identityProviderMappers ?? []).filter(
        (mapper) => mapper.identityProviderAlias === site.alias,
      );
      expect(mappers.map((mapper) => mapper.identityProviderMapper)).toContain(
        'hardcoded-attribute-idp-mapper',
      );
      expect(
        mappers.some((mapper) => mapper.identityProviderMapper === 'saml-advanced-group-idp-mapper'),
      ).toBe(false);
      expect(mappers.map((mapper) => mapper.name)).toContain('OIO BPP privileges');
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
