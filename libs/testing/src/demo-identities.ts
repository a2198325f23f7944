import type { OrganisationType } from '@samvirke/contracts';

/**
 * Organisations and users that exist in the realm (infra/keycloak/samvirke-realm.json) and in the
 * demo data. The ids are fixed because Keycloak users carry them in their `organisation` attribute.
 */
export const DEMO_ORGANISATIONS = {
  samvirke: {
    id: '9119ee0e-17db-41b5-b48d-e65460a78f03',
    name: 'Samvirke (platformens drift)',
    type: 'other',
  },
  helsefonden: { id: '9c0c1f21-683f-4f6f-955e-344191179471', name: 'Helsefonden', type: 'foundation' },
  bikubenfonden: { id: 'dcf09bc8-0276-41c5-9d9e-161f1e73628e', name: 'Bikubenfonden', type: 'foundation' },
  realdania: { id: 'a075b9ce-6e79-4e52-97a9-47fd8c6cec0f', name: 'Realdania', type: 'foundation' },
  backbone: { id: 'edc2d197-8ab3-435d-88ce-7e6c7fce4d35', name: 'Bryd Arven Sekretariatet', type: 'ngo' },
  // The municipalities' real CVR numbers: their people also log in through the demo municipal IdP
  // (infra/keycloak/kommune-idp-realm.json), whose assertions name the organisation by CVR.
  kobenhavn: {
    id: 'dd40cb36-b141-4c1f-b98b-d18154b706be',
    name: 'Københavns Kommune',
    type: 'municipality',
    cvr: '64942212',
  },
  aarhus: {
    id: 'a61eb705-802b-4628-b2fa-4981a8555b4b',
    name: 'Aarhus Kommune',
    type: 'municipality',
    cvr: '55133018',
  },
  ngo: { id: 'aaae2a10-5ba4-49fb-b0b0-3a42be566056', name: 'Netværket for Unge uden Hjem', type: 'ngo' },
} as const satisfies Record<string, { id: string; name: string; type: OrganisationType; cvr?: string }>;

export const DEMO_PASSWORD = 'samvirke-dev';

export const DEMO_USERS = {
  admin: { username: 'platform.admin', role: 'platform-admin', organisation: DEMO_ORGANISATIONS.samvirke },
  helsefonden: {
    username: 'officer.helsefonden',
    role: 'foundation-officer',
    organisation: DEMO_ORGANISATIONS.helsefonden,
  },
  bikubenfonden: {
    username: 'officer.bikubenfonden',
    role: 'foundation-officer',
    organisation: DEMO_ORGANISATIONS.bikubenfonden,
  },
  realdania: {
    username: 'officer.realdania',
    role: 'foundation-officer',
    organisation: DEMO_ORGANISATIONS.realdania,
  },
  coordinator: {
    username: 'coordinator.backbone',
    role: 'backbone-coordinator',
    organisation: DEMO_ORGANISATIONS.backbone,
  },
  reporterKobenhavn: {
    username: 'reporter.kobenhavn',
    role: 'reporter',
    organisation: DEMO_ORGANISATIONS.kobenhavn,
  },
  reporterAarhus: { username: 'reporter.aarhus', role: 'reporter', organisation: DEMO_ORGANISATIONS.aarhus },
  member: { username: 'member.ngo', role: 'partner-member', organisation: DEMO_ORGANISATIONS.ngo },
} as const;

export const DEMO_CLIENTS = {
  gateway: { clientId: 'samvirke-gateway', secret: 'samvirke-gateway-dev-secret' },
  integration: { clientId: 'samvirke-integration-demo', secret: 'samvirke-integration-demo-dev-secret' },
} as const;

/**
 * People of the demo municipal IdP (realm kommune-idp, infra/keycloak/kommune-idp-realm.json) who
 * log in through the samvirke realm's SAML identity provider; `subject` is their persistent id,
 * which names their brokered user (`kommune-idp.<subject>`).
 */
export const FEDERATED_USERS = {
  /** Københavns Kommune, privilege indberetter for København's CVR: a reporter of København. */
  kobenhavn: { username: 'anne.kbh', subject: '6f1c2b0e-6d1a-4f5e-9a51-1b2f0c9d4e01', cvr: '64942212' },
  /** Aarhus Kommune, privilege indberetter for Aarhus' CVR: a reporter of Aarhus. */
  aarhus: { username: 'jens.aarhus', subject: '0b7e9c44-2f63-4d0a-8c1e-5a9d3e7f2b02', cvr: '55133018' },
  /** Frederiksberg Kommune, not connected to Samvirke: refused. */
  unconnected: { username: 'mette.frb', subject: 'c3d5a1f8-9e24-4b67-a0f3-7d2c8b6e1a03', cvr: '11259979' },
  /** Københavns Kommune, but his privilege is scoped to Aarhus' CVR: in København, without a role. */
  wrongScope: { username: 'lars.kbh', subject: '9a4f6e2d-1c8b-4e3a-b7d5-2e0f9c1a6b04', cvr: '64942212' },
  /** Københavns Kommune, indberetter: the test that withdraws a privilege at the IdP uses only him. */
  revocable: { username: 'bo.kbh', subject: '2d8c5b1a-7e3f-4c9d-8a6b-0f1e2d3c4b06', cvr: '64942212' },
} as const;

/**
 * An employee of Aarhus Kommune in Aarhus' own Entra ID–style IdP (OIDC, realm aarhus-entra,
 * brokered as `aarhus-entra`): the organisation comes from the IdP, the role from the app role
 * `Samvirke.Indberetter` in the token's `roles` claim.
 */
export const ORGANISATION_IDP_USER = {
  username: 'sofie.aarhus',
  subject: 'e7a1c3d2-4b5f-4a6e-9c8d-1f2e3a4b5c05',
} as const;
