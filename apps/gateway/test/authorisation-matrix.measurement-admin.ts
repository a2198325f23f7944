/**
 * The authorisation matrix rows (see authorisation-matrix.table.ts) of measurement's set-up
 * operations that change the world for every other row: versioning or retiring the world's
 * indicator, or moving its spare period's deadline. Versions and retirement name an indicator that
 * does not exist, so the role check shows (403 before any lookup) and allowed callers get a 404
 * about the indicator; each extension is a day later than the one before, so every allowed one is
 * a real extension (or a 409 while the close row has the spare period closed).
 */
import { randomUUID } from 'node:crypto';
import {
  ALLOW,
  FORBID,
  HIDE,
  type Expectation,
  type MatrixRow,
  type MatrixWorld,
  type Scope,
} from './authorisation-matrix.types.js';

/** The library's editors: platform admins and backbone coordinators (the service's @Roles). */
const LIBRARY_EDITORS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'backbone-coordinator': [ALLOW, ALLOW],
  'foundation-officer': [FORBID, FORBID],
  reporter: [FORBID, FORBID],
  'partner-member': [FORBID, FORBID],
  integration: [FORBID, FORBID],
};

/** As for closing and reopening a period: the programme's backbone coordinators and platform admins. */
export const MEASUREMENT_MANAGERS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'backbone-coordinator': [ALLOW, HIDE],
  'foundation-officer': [FORBID, HIDE],
  reporter: [FORBID, HIDE],
  'partner-member': [FORBID, HIDE],
  integration: [FORBID, HIDE],
};

let extensions = 0;
const laterDueDate = (): string =>
  new Date(Date.UTC(2040, 0, 1 + (extensions += 1))).toISOString().slice(0, 10);

const unknownIndicator = { allowed: [404], allowedDetail: /No indicator has id/ } as const;
const unknownPeriod = { allowed: [404], allowedDetail: /No reporting period/ } as const;

const programmeParams = (world: MatrixWorld, scope: Scope) => ({ programmeId: world.programme[scope].id });

export const MEASUREMENT_ADMIN_MATRIX: Readonly<Record<string, MatrixRow>> = {
  versionIndicator: {
    request: () => ({
      params: { id: randomUUID() },
      body: {
        nameDa: 'Matrixindikator',
        nameEn: 'Matrix indicator',
        unit: 'count',
        valueType: 'integer',
        aggregation: 'sum',
        polarity: 'higher-is-better',
      },
    }),
    expect: LIBRARY_EDITORS,
    ...unknownIndicator,
  },
  retireIndicator: {
    request: () => ({ params: { id: randomUUID() } }),
    expect: LIBRARY_EDITORS,
    ...unknownIndicator,
  },
  loadPopulationStatistics: {
    request: () => ({
      params: { id: randomUUID() },
      query: { source: 'Matrix' },
      text: { contentType: 'text/csv', body: 'kommunekode;periode;værdi\r\n101;2025;7\r\n' },
    }),
    expect: LIBRARY_EDITORS,
    ...unknownIndicator,
  },
  getPopulationStatistics: {
    request: (world) => ({ params: { id: world.indicator.id } }),
    // Official statistics are public figures: every signed-in caller reads them.
    expect: {
      'platform-admin': [ALLOW, ALLOW],
      'backbone-coordinator': [ALLOW, ALLOW],
      'foundation-officer': [ALLOW, ALLOW],
      reporter: [ALLOW, ALLOW],
      'partner-member': [ALLOW, ALLOW],
      integration: [ALLOW, ALLOW],
    },
    allowed: [200],
  },
  // Locking the world's spare period would refuse the rows that close and reopen it, so the lock
  // rows name a period that does not exist: allowed callers get past every check to a 404 about it.
  lockReportingPeriod: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: randomUUID() },
      body: { reason: 'Matrix' },
    }),
    expect: MEASUREMENT_MANAGERS,
    ...unknownPeriod,
  },
  unlockReportingPeriod: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: randomUUID() },
      body: { reason: 'Matrix' },
    }),
    expect: MEASUREMENT_MANAGERS,
    ...unknownPeriod,
  },
  getReportingPeriodHistory: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: world.sparePeriod[scope] },
    }),
    // The history names who closed and reopened: for the period's managers only.
    expect: MEASUREMENT_MANAGERS,
    allowed: [200],
  },
  extendReportingDeadline: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: world.sparePeriod[scope] },
      body: { dueDate: laterDueDate() },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200, 409],
  },
};
