/**
 * The contact-access rows of the authorisation matrix (see authorisation-matrix.table.ts): only
 * platform admins list, grant and revoke an integration client's sight of named contacts. The
 * client id granted is one no Keycloak client has, so an allowed call lets nobody see anything.
 */
import { ALLOW, FORBID, type Expectation, type MatrixRow } from './authorisation-matrix.types.js';

const ADMINS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [FORBID, FORBID],
  'backbone-coordinator': [FORBID, FORBID],
  reporter: [FORBID, FORBID],
  'partner-member': [FORBID, FORBID],
  integration: [FORBID, FORBID],
};

const client = { request: () => ({ params: { clientId: 'matrix-no-such-client' } }), expect: ADMINS };

export const CONTACT_ACCESS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  listContactAccessGrants: { request: () => ({}), expect: ADMINS, allowed: [200] },
  grantContactAccess: { ...client, allowed: [200] },
  revokeContactAccess: { ...client, allowed: [204] },
};
