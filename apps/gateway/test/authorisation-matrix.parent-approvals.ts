/**
 * The authorisation matrix rows (see authorisation-matrix.table.ts) of two-level approval: the
 * municipality above a sub-unit approves or returns its submission before the backbone. The
 * matrix's data providers stand on their own, so a caller who may decide first-level approvals is
 * let through to the 409 that says the organisation is not a sub-unit; everyone else is refused.
 * Measurement's parent-approvals.int-spec.ts runs the decisions on real sub-units.
 */
import {
  ALLOW,
  FORBID,
  HIDE,
  type Expectation,
  type MatrixRow,
  type MatrixWorld,
  type Scope,
} from './authorisation-matrix.types.js';

/** Members read the queue (a reporter: the sub-units below their own organisation); others get the programme's 404. */
const QUEUE_READERS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [ALLOW, HIDE],
  'backbone-coordinator': [ALLOW, HIDE],
  reporter: [ALLOW, HIDE],
  'partner-member': [ALLOW, HIDE],
  integration: [ALLOW, HIDE],
};

/** Reporters (of the organisations above a sub-unit) and platform admins decide the first level. */
const FIRST_LEVEL: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [FORBID, HIDE],
  'backbone-coordinator': [FORBID, HIDE],
  reporter: [ALLOW, HIDE],
  'partner-member': [FORBID, HIDE],
  integration: [FORBID, HIDE],
};

const submission = (world: MatrixWorld, scope: Scope) => ({
  programmeId: world.programme[scope].id,
  periodId: world.period[scope],
  organisationId: world.provider[scope].id,
});

export const PARENT_APPROVALS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  listParentApprovals: {
    request: (world, scope) => ({ params: { programmeId: world.programme[scope].id } }),
    expect: QUEUE_READERS,
    allowed: [200],
  },
  parentApproveSubmission: {
    request: (world, scope) => ({ params: submission(world, scope) }),
    expect: FIRST_LEVEL,
    allowed: [409],
  },
  parentReturnSubmission: {
    request: (world, scope) => ({
      params: submission(world, scope),
      body: { comment: 'Ret venligst tallene.' },
    }),
    expect: FIRST_LEVEL,
    allowed: [409],
  },
};
