/**
 * The authorisation matrix rows (see authorisation-matrix.table.ts) of Results-Based Accountability:
 * scorecards, the story behind the curve, the learning log (a programme's current members and
 * platform admins; hidden from everyone else) and comparisons across the programmes a foundation
 * funds (foundation officers and platform admins), and the validation report over the approved
 * history (the backbone's coordinators and platform admins).
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
// The validation report shows organisations' own figures: as for closing a period.
import { MEASUREMENT_MANAGERS } from './authorisation-matrix.measurement-admin.js';

const MEMBERS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [ALLOW, HIDE],
  'backbone-coordinator': [ALLOW, HIDE],
  reporter: [ALLOW, HIDE],
  'partner-member': [ALLOW, HIDE],
  integration: [ALLOW, HIDE],
};

const FOUNDATIONS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [ALLOW, ALLOW],
  'backbone-coordinator': [FORBID, FORBID],
  reporter: [FORBID, FORBID],
  'partner-member': [FORBID, FORBID],
  integration: [FORBID, FORBID],
};

const story = (world: MatrixWorld, scope: Scope) => ({
  programmeId: world.programme[scope].id,
  code: world.indicator.code,
  period: '2026-Q2',
});

export const LEARNING_MATRIX: Readonly<Record<string, MatrixRow>> = {
  getScorecard: {
    request: (world, scope) => ({ params: { programmeId: world.programme[scope].id } }),
    expect: MEMBERS,
    allowed: [200],
  },
  getIndicatorStory: {
    request: (world, scope) => ({ params: story(world, scope) }),
    expect: MEMBERS,
    allowed: [200],
  },
  writeIndicatorStory: {
    request: (world, scope) => ({
      params: story(world, scope),
      body: {
        explanation: 'Matrix',
        actions: [{ who: 'Matrix', what: 'Tjekke adgang', byWhen: '2026-12-31' }],
      },
    }),
    expect: MEMBERS,
    allowed: [200],
  },
  commentIndicatorStory: {
    request: (world, scope) => ({ params: story(world, scope), body: { body: 'Matrixkommentar' } }),
    expect: MEMBERS,
    allowed: [201],
  },
  listLearningLog: {
    request: (world, scope) => ({
      params: { programmeId: world.programme[scope].id },
      query: { q: 'matrix' },
    }),
    expect: MEMBERS,
    allowed: [200],
  },
  recordLearning: {
    request: (world, scope) => ({
      params: { programmeId: world.programme[scope].id },
      body: { title: 'Matrix', body: 'Hvad vi lærte' },
    }),
    expect: MEMBERS,
    allowed: [201],
  },
  getValidationReport: {
    request: (world, scope) => ({ params: { programmeId: world.programme[scope].id } }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200],
  },
  compareIndicator: {
    request: (world) => ({ params: { code: world.indicator.code } }),
    expect: FOUNDATIONS,
    allowed: [200],
  },
};
