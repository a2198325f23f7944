import type { HttpOperation } from '../http/http-operation.js';
import {
  identityProvidersSchema,
  identityProviderSchema,
  registerIdentityProviderSchema,
  removedIdentityProviderSchema,
} from './identity-providers.dto.js';

/** Organisations' identity providers, registered in Keycloak by partners (part of PARTNERS_API). */
export const IDENTITY_PROVIDERS_OPERATIONS: readonly HttpOperation[] = [
  {
    operationId: 'listIdentityProviders',
    method: 'get',
    path: '/identity-providers',
    summary:
      "The realm's identity providers, those registered here and those of the realm file (platform admins)",
    description: 'Read from Keycloak through the service account; 503 when Keycloak cannot be read.',
    status: 200,
    response: identityProvidersSchema,
    errors: [503],
  },
  {
    operationId: 'registerIdentityProvider',
    method: 'post',
    path: '/identity-providers',
    summary: "Register an organisation's SAML IdP (from its metadata XML) or OIDC IdP (platform admins)",
    description:
      "Created in Keycloak with the federation's mappers (persistent subject, name, e-mail, the organisation by CVR, privileges and the privilege table). 400 names every bad field and every fault of the metadata; 404 for an unknown organisation, 409 for an alias in use, 422 for an organisation without CVR (SAML) or an issuer whose discovery fails; 503 and nothing kept when Keycloak cannot be written.",
    body: registerIdentityProviderSchema,
    status: 201,
    response: identityProviderSchema,
    errors: [404, 409, 422, 503],
  },
  {
    operationId: 'removeIdentityProvider',
    method: 'delete',
    path: '/identity-providers/{alias}',
    summary:
      'Remove an identity provider registered here, disabling the people who logged in through it (platform admins)',
    description:
      'The people linked to it are disabled first, then the IdP is deleted in Keycloak. 404 for an alias not registered here (those of the realm file are changed there).',
    status: 200,
    response: removedIdentityProviderSchema,
    errors: [404, 503],
  },
];
