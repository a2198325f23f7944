import { OIOSAML, oidcMappers, samlMappers } from './identity-provider-mappers.rules.js';
import { discoveryFaults, listed, samlIdp, serviceProviderEntityId } from './identity-providers.rules.js';
import { readSamlMetadata } from './saml-metadata.rules.js';

/** The demo IdP's development signing certificate (valid until 2126). */
const CERTIFICATE =
  'MIIDUzCCAjugAwIBAgIUVO4EkaJdYdvUEGU+qdSBy0LQgjgwDQYJKoZIhvcNAQELBQAwODE2MDQGA1UEAwwta29tbXVuZS1pZHAgKFNhbXZpcmtlIGRlbW8sIGRldmVsb3BtZW50IG9ubHkpMCAXDTI2MTIwNjEzMDkxN1oYDzIxMjYxMTEyMTMwOTE3WjA4MTYwNAYDVQQDDC1rb21tdW5lLWlkcCAoU2Ftdmlya2UgZGVtbywgZGV2ZWxvcG1lbnQgb25seSkwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDFd662FPenGkVjRteKq17UrlvAjMulMbDx9fcmuJEi+Wc6XNGPljMEV8neKvUwUDkbi0F7QZL5UqrSQMinOue5abNtTwQHguiMr5sQxWBJIKzlg2sP7nH3l5IafZTFzS4j41tOPTUAl9C6Fo5aCgXRSU4TL9mY/NM9lZmksLWypSF6cOrMiNiK/a+pVh7ilDasy3z4j3mzgi04kC/umMgqWJHK8Ea8Pk8aeHToqnHMvBkOuWJwQxi/3ONDqKnw7Hl0XtEwytpQKq62j08G/ay414WDc6ag0UzUvBzWgWq2eWs3w4hUBzQVhUBsDLv7afp4bOeHSWC60hcNcKLaw7nNAgMBAAGjUzBRMB0GA1UdDgQWBBS8RC97j850csJIF3ijik+wWHIsDTAfBgNVHSMEGDAWgBS8RC97j850csJIF3ijik+wWHIsDTAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQAFoXdU+UXm9J9oB9bWrxOrCFuGW2ipHsUNj44V3lTZkkEbz60ev5DaApUasMxeW/hqek9SoKwgz0uMjD8ASa3HFOC+OLBQn72vWO17gv+j7fl+dC3MqE6iL6CZGFGBAMNGpyEsT6k5w4BkK4K8IiyWISNqwWVErEzqEbpcaHFVGLEu345vqzNIa2t0/Do2j2D4h7VpkWoGJiAYwXZ/yrE3AL2jQYiWHOuALoCrNH6FBYIKeA8DJEl1aNIHgCfOoQXuYlpBca0yGfHWrkN9a6GWWzGAYyDXZXx/QI8esPwdAlrDO+PgWC6v0BWXgn/xLl3rSKvwaavfmzn9PVFG6G6e';
const NOW = new Date('2026-12-06T12:00:00Z');

const metadata = ({
  entityId = 'https://idp.kommune.example/saml',
  sso = '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.kommune.example/sso"/>',
  key = `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>\n${CERTIFICATE.replace(/(.{64})/g, '$1\n')}\n</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`,
  role = 'IDPSSODescriptor',
} = {}) => `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" ${entityId ? `entityID="${entityId}"` : ''}>
  <md:${role} protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${key}
    <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>bm90IGEgY2VydA==</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    ${sso}
  </md:${role}>
</md:EntityDescriptor>`;

const details = (xml: string, now = NOW): string[] => {
  const read = readSamlMetadata(xml, now);
  return read.ok ? [] : read.errors.map((error) => `${error.pointer} ${error.detail}`);
};

describe('readSamlMetadata', () => {
  it('reads the entity id, the HTTP-Redirect single sign-on URL and the signing certificate (not the encryption one)', () => {
    expect(readSamlMetadata(metadata(), NOW)).toEqual({
      ok: true,
      metadata: {
        entityId: 'https://idp.kommune.example/saml',
        singleSignOnUrl: 'https://idp.kommune.example/sso',
        postBinding: false,
        signingCertificates: [CERTIFICATE],
      },
    });
  });

  it('takes the HTTP-POST binding when the IdP offers no redirect', () => {
    const sso =
      '<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example/post" />';
    const read = readSamlMetadata(metadata({ sso }), NOW);
    expect(read.ok && read.metadata).toMatchObject({
      singleSignOnUrl: 'https://idp.example/post',
      postBinding: true,
    });
  });

  it('names every fault at once: no entity id, no usable single sign-on service, no signing certificate', () => {
    const sso =
      '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://x"/>';
    expect(details(metadata({ entityId: '', sso, key: '' }))).toEqual([
      '/metadataXml the EntityDescriptor has no entityID',
      '/metadataXml no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding and an http(s) Location',
      '/metadataXml no signing certificate (a KeyDescriptor for signing with an X509Certificate)',
    ]);
  });

  it('refuses a certificate that is no X.509 certificate, and one that has expired', () => {
    const key = '<md:KeyDescriptor><ds:X509Certificate>AAAA</ds:X509Certificate></md:KeyDescriptor>';
    expect(details(metadata({ key }))).toEqual([
      '/metadataXml the signing certificate is not a readable X.509 certificate',
    ]);
    expect(details(metadata(), new Date('2200-01-01'))).toEqual([
      expect.stringMatching(/^\/metadataXml the signing certificate expired on 21\d\d-/),
    ]);
  });

  it("refuses a service provider's metadata, a document that is no metadata, and a DTD", () => {
    expect(details(metadata({ role: 'SPSSODescriptor' }))).toEqual([
      expect.stringContaining('no IDPSSODescriptor'),
    ]);
    expect(details('<html>hej</html>')).toEqual([
      '/metadataXml not SAML 2.0 metadata: no EntityDescriptor element',
    ]);
    expect(details(`<!DOCTYPE x [<!ENTITY a "b">]>${metadata()}`)).toEqual([
      '/metadataXml a DTD or entity declaration is not accepted in metadata',
    ]);
  });
});

describe('the registered IdP in Keycloak', () => {
  const command = {
    protocol: 'saml' as const,
    alias: 'vejle-kommune',
    displayName: 'Vejle Kommune',
    organisationId: '6b7f0c55-7a43-4f59-9e0c-1b0c2a7d0a11',
    metadataXml: '',
  };

  it('requires signed assertions, a persistent subject and runs the federation flows', () => {
    const read = readSamlMetadata(metadata(), NOW);
    if (!read.ok) throw new Error('unreadable');
    const idp = samlIdp(command, read.metadata);
    expect(idp.config).toMatchObject({
      entityId: serviceProviderEntityId('vejle-kommune'),
      idpEntityId: 'https://idp.kommune.example/saml',
      validateSignature: 'true',
      wantAssertionsSigned: 'true',
      nameIDPolicyFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      syncMode: 'FORCE',
    });
    expect(idp).toMatchObject({ firstBrokerLoginFlowAlias: 'samvirke federated first login' });
    expect(listed(idp, undefined, 'https://kc/realms/samvirke/broker')).toMatchObject({
      registeredHere: false,
      serviceProviderMetadataUrl: 'https://kc/realms/samvirke/broker/vejle-kommune/endpoint/descriptor',
    });
  });

  it('places people by the CVR in the organisation group, and keeps subject, name, e-mail and privileges', () => {
    const organisation = { name: 'Vejle Kommune', cvr: '29189838', groupPath: '/federated-organisations/x' };
    const mappers = samlMappers('vejle-kommune', organisation);
    expect(mappers.map((mapper) => mapper.config['attribute.name'] ?? mapper.config['template'])).toEqual([
      '${ALIAS}.${NAMEID}',
      OIOSAML.email,
      OIOSAML.givenName,
      OIOSAML.surname,
      OIOSAML.privileges,
      undefined,
    ]);
    expect(mappers[5]?.config).toMatchObject({
      attributes: JSON.stringify([{ key: OIOSAML.cvr, value: '29189838' }]),
      group: '/federated-organisations/x',
    });
    expect(oidcMappers('vejle-entra', organisation).map((mapper) => mapper.identityProviderMapper)).toContain(
      'oidc-hardcoded-group-idp-mapper',
    );
  });

  it('refuses an issuer without discovery, or whose discovery names another issuer', () => {
    expect(discoveryFaults('https://login.example/t', undefined)).toEqual([
      {
        pointer: '/issuer',
        detail: 'no OpenID configuration at https://login.example/t/.well-known/openid-configuration',
      },
    ]);
    const other = { issuer: 'https://evil.example', authorizationUrl: 'a', tokenUrl: 't' };
    expect(discoveryFaults('https://login.example/t', other)).toHaveLength(1);
    expect(discoveryFaults('https://evil.example', other)).toEqual([]);
  });
});
