/**
 * The audit trail rows of the authorisation matrix (see authorisation-matrix.table.ts): every
 * service serves auditOperations() from libs/contracts (libs/persistence). Platform admins read
 * everything; a backbone coordinator reads the programme their organisation is the backbone of and
 * gets 404 for another (the feed knows no memberships, so no programme there); everyone else 403.
 */
import { ALLOW, FORBID, HIDE, type Expectation, type MatrixRow } from './authorisation-matrix.types.js';

function readers(backbone: readonly [typeof ALLOW | typeof HIDE, typeof HIDE]): Expectation {
  return {
    'platform-admin': [ALLOW, ALLOW],
    'foundation-officer': [FORBID, FORBID],
    'backbone-coordinator': backbone,
    reporter: [FORBID, FORBID],
    'partner-member': [FORBID, FORBID],
    integration: [FORBID, FORBID],
  };
}

function rows(title: string, expect: Expectation): Record<string, MatrixRow> {
  return {
    [`list${title}AuditEntries`]: {
      request: (world, scope) => ({ query: { programme: world.programme[scope].id, limit: '5' } }),
      expect,
      allowed: [200],
    },
    [`export${title}AuditEntries`]: {
      request: (world, scope) => ({ query: { programme: world.programme[scope].id } }),
      expect,
      allowed: [200],
    },
  };
}

export const AUDIT_MATRIX: Readonly<Record<string, MatrixRow>> = {
  ...rows('Partners', readers([ALLOW, HIDE])),
  ...rows('Measurement', readers([ALLOW, HIDE])),
  ...rows('Grants', readers([ALLOW, HIDE])),
  ...rows('Notifications', readers([ALLOW, HIDE])),
  ...rows('Feed', readers([HIDE, HIDE])),
};
