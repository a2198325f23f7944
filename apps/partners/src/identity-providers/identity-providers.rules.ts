import type {
  IdentityProviderDto,
  RegisterOidcIdentityProvider,
  RegisterSamlIdentityProvider,
} from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import type { SamlIdpMetadata } from './saml-metadata.rules.js';

/** An identity provider as Keycloak's admin API represents it. */
export interface IdpRepresentation {
  readonly alias: string;
  readonly displayName?: string;
  readonly providerId: string;
  readonly enabled?: boolean;
  readonly config: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

/** A row of identity_provider: an IdP registered through the API. */
export interface RegisteredIdp {
  readonly alias: string;
  readonly protocol: 'saml' | 'oidc';
  readonly organisationId: string;
  readonly displayName: string;
  readonly idpEntityId: string;
  readonly registeredAt: string;
}

/** The flows of the realm file: users created just in time, refused when in no organisation. */
const FLOWS = {
  firstBrokerLoginFlowAlias: 'samvirke federated first login',
  postBrokerLoginFlowAlias: 'samvirke federated organisation check',
  updateProfileFirstLoginMode: 'on',
  trustEmail: true,
  storeToken: false,
  linkOnly: false,
  hideOnLogin: true,
} as const;

/** Samvirke's SAML entity id towards one IdP (the IdP side registers it with the metadata below). */
export const serviceProviderEntityId = (alias: string): string => `urn:dk:samvirke:sp:${alias}`;

/** The SAML IdP as the realm file's `kommune-idp`: signed assertions required, persistent NameID. */
export function samlIdp(command: RegisterSamlIdentityProvider, metadata: SamlIdpMetadata): IdpRepresentation {
  return {
    alias: command.alias,
    displayName: command.displayName,
    providerId: 'saml',
    enabled: true,
    ...FLOWS,
    config: {
      entityId: serviceProviderEntityId(command.alias),
      idpEntityId: metadata.entityId,
      singleSignOnServiceUrl: metadata.singleSignOnUrl,
      postBindingAuthnRequest: String(metadata.postBinding),
      postBindingResponse: 'true',
      signingCertificate: metadata.signingCertificates.join(','),
      validateSignature: 'true',
      wantAssertionsSigned: 'true',
      wantAssertionsEncrypted: 'false',
      wantAuthnRequestsSigned: 'false',
      nameIDPolicyFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      principalType: 'SUBJECT',
      signatureAlgorithm: 'RSA_SHA256',
      xmlSigKeyInfoKeyNameTransformer: 'KEY_ID',
      allowedClockSkew: '30',
      syncMode: 'FORCE',
      allowCreate: 'true',
    },
  };
}

/** The OIDC IdP as the realm file's `aarhus-entra`, with the endpoints Keycloak read from discovery. */
export function oidcIdp(
  command: RegisterOidcIdentityProvider,
  discovered: Readonly<Record<string, string>>,
): IdpRepresentation {
  const pick = (key: string): Record<string, string> => (discovered[key] ? { [key]: discovered[key] } : {});
  return {
    alias: command.alias,
    displayName: command.displayName,
    providerId: 'oidc',
    enabled: true,
    ...FLOWS,
    config: {
      issuer: command.issuer,
      ...pick('authorizationUrl'),
      ...pick('tokenUrl'),
      ...pick('jwksUrl'),
      ...pick('logoutUrl'),
      clientId: command.clientId,
      clientSecret: command.clientSecret,
      clientAuthMethod: 'client_secret_post',
      validateSignature: 'true',
      useJwksUrl: 'true',
      pkceEnabled: 'true',
      pkceMethod: 'S256',
      defaultScope: 'openid profile email',
      syncMode: 'FORCE',
      allowedClockSkew: '30',
      disableUserInfo: 'true',
    },
  };
}

/** The issuer Keycloak's discovery import found must be the one the admin named. */
export function discoveryFaults(issuer: string, discovered: Readonly<Record<string, string>> | undefined) {
  const pointer = '/issuer';
  if (!discovered?.['authorizationUrl'] || !discovered['tokenUrl'])
    return [{ pointer, detail: `no OpenID configuration at ${discoveryUrl(issuer)}` }];
  if (discovered['issuer'] && discovered['issuer'] !== issuer)
    return [{ pointer, detail: `the OpenID configuration names another issuer: ${discovered['issuer']}` }];
  return [];
}

export const discoveryUrl = (issuer: string): string =>
  `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;

/** What the admin is shown of an IdP: Keycloak's, with the row when it was registered here. */
export function listed(
  idp: IdpRepresentation,
  row: RegisteredIdp | undefined,
  brokerUrl: string,
): IdentityProviderDto {
  const saml = idp.providerId === 'saml';
  return {
    alias: idp.alias,
    displayName: idp.displayName ?? idp.alias,
    protocol: saml ? 'saml' : 'oidc',
    enabled: idp.enabled ?? false,
    registeredHere: row !== undefined,
    organisationId: row?.organisationId ?? null,
    idpEntityId: (saml ? idp.config['idpEntityId'] : idp.config['issuer']) ?? null,
    loginUrl: (saml ? idp.config['singleSignOnServiceUrl'] : idp.config['authorizationUrl']) ?? null,
    serviceProviderEntityId: saml ? (idp.config['entityId'] ?? null) : null,
    serviceProviderMetadataUrl: saml ? `${brokerUrl}/${idp.alias}/endpoint/descriptor` : null,
    brokerEndpointUrl: `${brokerUrl}/${idp.alias}/endpoint`,
    registeredAt: row?.registeredAt ?? null,
  };
}

export const notRegistered = (alias: string): DomainError =>
  new DomainError('not-found', `No identity provider ${alias} was registered through Samvirke.`);

export const aliasTaken = (alias: string): DomainError =>
  new DomainError('conflict', `The realm already has an identity provider ${alias}.`, [
    { pointer: '/alias', detail: 'already in use' },
  ]);
