/** The authorisation matrix's rows for the health check (partners): members read and answer, managers run it. */
import { MANAGERS, READERS } from './authorisation-matrix.announcements.js';
import {
  ALLOW,
  FORBID,
  HIDE,
  type Expectation,
  type MatrixRow,
  type MatrixWorld,
  type Scope,
} from './authorisation-matrix.types.js';

const NONE = '00000000-0000-4000-8000-00000000a772';

/**
 * People of the programme's member organisations answer; a platform admin (whose organisation is
 * no member) and a machine client may not, and the programme stays hidden from everyone else.
 */
const RESPONDENTS: Expectation = {
  'platform-admin': [FORBID, FORBID],
  'foundation-officer': [ALLOW, HIDE],
  'backbone-coordinator': [ALLOW, HIDE],
  reporter: [ALLOW, HIDE],
  'partner-member': [ALLOW, HIDE],
  integration: [FORBID, HIDE],
};

const programme = (world: MatrixWorld, scope: Scope) => ({ programmeId: world.programme[scope].id });
const list: MatrixRow = {
  request: (world, scope) => ({ params: programme(world, scope) }),
  expect: READERS,
  allowed: [200],
};
const unknownRound = (expect: Expectation, body?: unknown): MatrixRow => ({
  request: (world, scope) => ({ params: { ...programme(world, scope), roundId: NONE }, body }),
  expect,
  allowed: [404],
  allowedDetail: /No health check round/,
});

export const HEALTH_CHECK_MATRIX: Readonly<Record<string, MatrixRow>> = {
  listHealthCheckRounds: list,
  getHealthCheckResults: list,
  listHealthCheckActions: list,
  openHealthCheckRound: {
    request: (world, scope) => ({
      params: programme(world, scope),
      body: { title: `Sundhedstjek ${world.unique()}`, opensOn: '2026-01-01', closesOn: '2099-12-31' },
    }),
    expect: MANAGERS,
    allowed: [201],
  },
  closeHealthCheckRound: unknownRound(MANAGERS),
  getHealthCheckQuestionnaire: unknownRound(READERS),
  answerHealthCheck: unknownRound(RESPONDENTS, { answers: {} }),
  recordHealthCheckAction: {
    request: (world, scope) => ({
      params: programme(world, scope),
      body: {
        condition: 'backbone-support',
        text: 'Opfølgning',
        ownerOrganisationId: NONE,
        ownerName: 'N.N.',
        dueDate: '2027-01-10',
      },
    }),
    expect: MANAGERS,
    allowed: [422],
  },
};
