import { randomUUID } from 'node:crypto';
/**
 * The authorisation matrix: for every HTTP operation in libs/contracts' HTTP_APIS, what each role
 * gets when it touches its own organisation's or programme's data and when it touches another's.
 * authorisation-matrix.e2e-spec.ts runs every row through the real gateway and services with real
 * Keycloak tokens, and fails for an operation that has no row here.
 *
 * Verdicts: ALLOW — let through (the row's `allowed` statuses, never 401/403, and a 404 only with
 * the row's `allowedDetail`); FORBID — 403; HIDE — 404 "that you can see" (the data is not shown
 * to exist). Anonymous callers get 401 on every operation; that needs no column.
 *
 * The scopes: `own` is the programme the caller's organisation is a member of (funded by
 * Helsefonden, run by the backbone, København providing data, the NGO implementing) and the
 * caller's own organisation; `other` is a programme funded by Bikubenfonden with Aarhus as its
 * data provider, which none of the callers' organisations belongs to, and Aarhus Kommune.
 */
import type { Role } from '@samvirke/auth';
import { ANNOUNCEMENTS_MATRIX } from './authorisation-matrix.announcements.js';
import { GOVERNANCE_MATRIX } from './authorisation-matrix.governance.js';
import { HEALTH_CHECK_MATRIX } from './authorisation-matrix.health-check.js';
import { CALENDAR_MATRIX } from './authorisation-matrix.calendar.js';
import { AUDIT_MATRIX } from './authorisation-matrix.audit.js';
import { CONTACT_ACCESS_MATRIX } from './authorisation-matrix.contact-access.js';
import { CONSENT_MATRIX } from './authorisation-matrix.consent.js';
import { DEAD_LETTERS_MATRIX } from './authorisation-matrix.dead-letters.js';
import { FEED_MATRIX } from './authorisation-matrix.feed.js';
import { MEASUREMENT_ADMIN_MATRIX } from './authorisation-matrix.measurement-admin.js';
import { LEARNING_MATRIX } from './authorisation-matrix.learning.js';
import { GRANTS_MATRIX } from './authorisation-matrix.grants.js';
import { NOTIFICATIONS_MATRIX } from './authorisation-matrix.notifications.js';
import { PARENT_APPROVALS_MATRIX } from './authorisation-matrix.parent-approvals.js';
import {
  ALLOW,
  FORBID,
  HIDE,
  type Caller,
  type Expectation,
  type MatrixRow,
  type MatrixWorld,
  type Scope,
  type Verdict,
} from './authorisation-matrix.types.js';

export * from './authorisation-matrix.types.js';

const ROLES_BUT_ADMIN = [
  'foundation-officer',
  'backbone-coordinator',
  'reporter',
  'partner-member',
  'integration',
] as const;

function pattern(
  admin: readonly [Verdict, Verdict],
  rest: readonly [Verdict, Verdict],
  overrides: Partial<Record<Role, readonly [Verdict, Verdict]>> = {},
): Expectation {
  return {
    'platform-admin': admin,
    ...Object.fromEntries(ROLES_BUT_ADMIN.map((role) => [role, rest])),
    ...overrides,
  } as Expectation;
}

/** Every signed-in caller, whatever the data. */
const EVERYONE = pattern([ALLOW, ALLOW], [ALLOW, ALLOW]);
/** Platform admins only (the services' @Roles). */
const ADMINS = pattern([ALLOW, ALLOW], [FORBID, FORBID]);
/** An organisation's own users, and platform admins. */
const OWN_ORGANISATION = pattern([ALLOW, ALLOW], [ALLOW, FORBID]);
/** A programme's current members, and platform admins; hidden from everyone else. */
const PROGRAMME_MEMBERS = pattern([ALLOW, ALLOW], [ALLOW, HIDE]);
/** Partners: changed by the funders' officers, the backbone's coordinators and platform admins. */
const PROGRAMME_MANAGERS = pattern([ALLOW, ALLOW], [FORBID, HIDE], {
  'foundation-officer': [ALLOW, HIDE],
  'backbone-coordinator': [ALLOW, HIDE],
});
/** Measurement: run by the backbone's coordinators and platform admins. */
const MEASUREMENT_MANAGERS = pattern([ALLOW, ALLOW], [FORBID, HIDE], {
  'backbone-coordinator': [ALLOW, HIDE],
});
/** The data provider's own reporters, while it is a member; nobody reports for another. */
const OWN_REPORTERS = pattern([FORBID, FORBID], [FORBID, HIDE], { reporter: [ALLOW, HIDE] });
/** The submitting organisation's own users and the programme's backbone (and platform admins). */
const SUBMISSION_READERS = pattern([ALLOW, ALLOW], [FORBID, HIDE], {
  'backbone-coordinator': [ALLOW, HIDE],
  reporter: [ALLOW, HIDE],
});

const own = (scope: Scope, caller: Caller, world: MatrixWorld): string =>
  scope === 'own' ? caller.organisationId : world.organisations.aarhus;
const programmeParams = (world: MatrixWorld, scope: Scope) => ({ programmeId: world.programme[scope].id });
const submission = (world: MatrixWorld, scope: Scope) => ({
  programmeId: world.programme[scope].id,
  periodId: world.period[scope],
  organisationId: world.provider[scope].id,
});
/** The caller's organisation when it is a member of the own programme, else the data provider. */
const activityOrganisation = (world: MatrixWorld, scope: Scope, caller: Caller): string =>
  scope === 'own' && world.activities.own[caller.organisationId] !== undefined
    ? caller.organisationId
    : world.provider[scope].id;
const values = (world: MatrixWorld) => ({ values: [{ indicator: world.indicator.code, value: 12 }] });

export const PARTNERS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  registerOrganisation: {
    request: (world) => ({ body: { name: `Matrix ${world.unique()}`, type: 'ngo' } }),
    expect: ADMINS,
    allowed: [201],
  },
  listOrganisations: { request: () => ({ query: { limit: '5' } }), expect: EVERYONE, allowed: [200] },
  getOrganisation: {
    request: (world, scope, caller) => ({ params: { id: own(scope, caller, world) } }),
    expect: EVERYONE,
    allowed: [200],
  },
  updateOrganisation: {
    request: (world, scope, caller) => ({
      params: { id: own(scope, caller, world) },
      body: { website: null },
    }),
    expect: ADMINS,
    allowed: [200],
  },
  listContacts: {
    request: (world, scope, caller) => ({ params: { organisationId: own(scope, caller, world) } }),
    // The integration client belongs to Helsefonden, so it counts as Helsefonden's own.
    expect: OWN_ORGANISATION,
    allowed: [200],
  },
  addContact: {
    request: (world, scope, caller) => ({
      params: { organisationId: own(scope, caller, world) },
      body: { name: 'Matrix Kontakt', email: `matrix-${world.unique()}@example.dk`, role: 'Kontaktperson' },
    }),
    expect: OWN_ORGANISATION,
    allowed: [201],
  },
  removeContact: {
    request: (world, scope, caller) => ({
      params: {
        organisationId: own(scope, caller, world),
        contactId: '00000000-0000-4000-8000-000000000000',
      },
    }),
    expect: OWN_ORGANISATION,
    allowed: [404],
    allowedDetail: /No contact/,
  },
  createProgramme: {
    request: (world, scope) => ({
      body: {
        name: 'Matrixprogram',
        slug: `matrix-${world.unique()}`,
        problemStatement: 'Et problem.',
        vision: 'En vision.',
        startDate: '2026-01-01',
        funderOrganisationId:
          scope === 'own' ? world.organisations.helsefonden : world.organisations.bikubenfonden,
      },
    }),
    expect: pattern([ALLOW, ALLOW], [FORBID, FORBID], { 'foundation-officer': [ALLOW, FORBID] }),
    allowed: [201],
  },
  listProgrammes: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  getProgramme: {
    request: (world, scope) => ({ params: { id: world.programme[scope].id } }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  updateProgramme: {
    request: (world, scope) => ({
      params: { id: world.programme[scope].id },
      body: { vision: 'En vision.' },
    }),
    expect: PROGRAMME_MANAGERS,
    allowed: [200],
  },
  listMembers: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  grantMembership: {
    // The provider is a member already: a caller who gets past the checks meets the conflict.
    request: (world, scope) => ({
      params: programmeParams(world, scope),
      body: { organisationId: world.provider[scope].id, roles: ['data-provider'] },
    }),
    expect: PROGRAMME_MANAGERS,
    allowed: [409],
  },
  changeMembershipRoles: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), organisationId: world.provider[scope].id },
      body: { roles: world.provider[scope].roles },
    }),
    expect: PROGRAMME_MANAGERS,
    allowed: [200],
  },
  revokeMembership: {
    // Samvirke's own organisation is never a member, so nothing is revoked.
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), organisationId: world.organisations.samvirke },
    }),
    expect: PROGRAMME_MANAGERS,
    allowed: [404],
    allowedDetail: /is not a member/,
  },
  listActivities: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  registerActivity: {
    request: (world, scope, caller) => ({
      params: programmeParams(world, scope),
      body: {
        organisationId: activityOrganisation(world, scope, caller),
        title: 'Matrixaktivitet',
        goalIds: [world.programme[scope].goalIds[0]],
      },
    }),
    // Managers record any member's activities, members' own staff their own; a machine client is not staff.
    expect: pattern([ALLOW, ALLOW], [ALLOW, HIDE], { integration: [FORBID, HIDE] }),
    allowed: [201],
  },
  updateActivity: {
    request: (world, scope, caller) => ({
      params: {
        ...programmeParams(world, scope),
        activityId: world.activities[scope][activityOrganisation(world, scope, caller)] ?? '',
      },
      body: { status: 'ongoing' },
    }),
    expect: pattern([ALLOW, ALLOW], [ALLOW, HIDE], { integration: [FORBID, HIDE] }),
    allowed: [200],
  },
  getGoalMap: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  // The privilege table is the platform's, not an organisation's: no own or other.
  getPrivilegeRoles: { request: () => ({}), expect: ADMINS, allowed: [200] },
  listRefusedLogins: { request: () => ({ query: { limit: '5' } }), expect: ADMINS, allowed: [200] },
  // Data subject requests are the platform's too; an unknown request is 404 to admins, 403 to the rest.
  openDataSubjectRequest: {
    request: (world) => ({
      body: { kind: 'access', email: `nobody.${world.unique()}@example.dk`, reference: 'matrix' },
    }),
    expect: ADMINS,
    allowed: [201],
  },
  listDataSubjectRequests: { request: () => ({}), expect: ADMINS, allowed: [200] },
  ...Object.fromEntries(
    ['getDataSubjectRequest', 'exportDataSubjectData', 'closeDataSubjectRequest'].map((operation) => [
      operation,
      {
        request: () => ({ params: { requestId: randomUUID() } }),
        expect: ADMINS,
        allowed: [404],
        allowedDetail: /No data subject request/,
      },
    ]),
  ),
  replacePrivilegeRoles: {
    request: () => ({
      body: {
        entries: [
          { privilege: 'http://samvirke.example/roles/usersystemrole/indberetter/1', role: 'reporter' },
        ],
      },
    }),
    expect: ADMINS,
    allowed: [200],
  },
  // Identity providers are the platform's too. Registering names an organisation that does not
  // exist and removing an alias never registered, so an allowed call changes nothing in Keycloak.
  listIdentityProviders: { request: () => ({}), expect: ADMINS, allowed: [200] },
  registerIdentityProvider: {
    request: () => ({
      body: {
        protocol: 'saml',
        alias: 'matrix-idp',
        displayName: 'Matrix',
        organisationId: '00000000-0000-4000-8000-00000000abcd',
        metadataXml: '<EntityDescriptor/>',
      },
    }),
    expect: ADMINS,
    allowed: [404],
    allowedDetail: /No organisation has id/,
  },
  removeIdentityProvider: {
    request: () => ({ params: { alias: 'matrix-idp' } }),
    expect: ADMINS,
    allowed: [404],
    allowedDetail: /No identity provider matrix-idp/,
  },
  listProgrammePeople: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    // Who is who: the members' contacts are for the programme's own members, like the programme.
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  ...ANNOUNCEMENTS_MATRIX,
  ...GOVERNANCE_MATRIX,
  ...HEALTH_CHECK_MATRIX,
  ...CONTACT_ACCESS_MATRIX,
};

export const MEASUREMENT_MATRIX: Readonly<Record<string, MatrixRow>> = {
  defineIndicator: {
    request: (world) => ({
      body: {
        code: `matrix-${world.unique()}`,
        nameDa: 'Matrixindikator',
        nameEn: 'Matrix indicator',
        unit: 'count',
        valueType: 'integer',
        aggregation: 'sum',
        polarity: 'higher-is-better',
        min: 0,
      },
    }),
    expect: pattern([ALLOW, ALLOW], [FORBID, FORBID], { 'backbone-coordinator': [ALLOW, ALLOW] }),
    allowed: [201],
  },
  listIndicators: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  getIndicator: {
    request: (world) => ({ params: { id: world.indicator.id } }),
    expect: EVERYONE,
    allowed: [200],
  },
  listProgrammeIndicators: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  configureProgrammeIndicator: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), code: world.indicator.code },
      body: { frequency: 'quarterly' },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200],
  },
  listReportingPeriods: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  openReportingPeriod: {
    // The period is open already: a caller who gets past the checks meets the conflict.
    request: (world, scope) => ({
      params: programmeParams(world, scope),
      body: { frequency: 'quarterly', period: '2026-Q2', dueDate: '2099-07-31' },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [409],
  },
  closeReportingPeriod: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: world.sparePeriod[scope] },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200, 409],
  },
  reopenReportingPeriod: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: world.sparePeriod[scope] },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200, 409],
  },
  listSubmissions: {
    // Every member may list; what each sees is narrowed to its own organisations (measurement's tests).
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  getSubmission: {
    request: (world, scope) => ({ params: submission(world, scope) }),
    expect: SUBMISSION_READERS,
    allowed: [200],
  },
  saveSubmission: {
    request: (world, scope) => ({ params: submission(world, scope), body: values(world) }),
    expect: OWN_REPORTERS,
    allowed: [200, 409],
  },
  submitSubmission: {
    request: (world, scope) => ({ params: submission(world, scope) }),
    expect: OWN_REPORTERS,
    allowed: [200, 409],
  },
  approveSubmission: {
    request: (world, scope) => ({ params: submission(world, scope) }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200, 409],
  },
  returnSubmission: {
    request: (world, scope) => ({
      params: submission(world, scope),
      body: { comment: 'Ret venligst tallene.' },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200, 409],
  },
  importSubmission: {
    // Into the open period, where the provider has a draft: an admin is let through to a 409.
    request: (world, scope) => ({
      params: submission(world, scope),
      body: {
        versions: [
          {
            ...values(world),
            submittedAt: '2025-04-28T09:00:00+02:00',
            decision: 'approved',
            decidedAt: '2025-04-29T09:00:00+02:00',
          },
        ],
      },
    }),
    expect: ADMINS,
    allowed: [409],
  },
  saveSubmissionCsv: {
    request: (world, scope) => ({
      params: submission(world, scope),
      text: { contentType: 'text/csv', body: `indikator;opdeling;værdi\r\n${world.indicator.code};;14\r\n` },
    }),
    expect: OWN_REPORTERS,
    allowed: [200, 409],
  },
  getSubmissionTemplate: {
    request: (world, scope) => ({
      params: { ...programmeParams(world, scope), periodId: world.period[scope] },
    }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  getProgress: {
    request: (world, scope) => ({ params: programmeParams(world, scope), query: { period: '2026-Q2' } }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  getDisaggregatedProgress: {
    request: (world, scope) => ({ params: programmeParams(world, scope), query: { period: '2026-Q2' } }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  getAnalytics: {
    request: (world, scope) => ({
      params: programmeParams(world, scope),
      query: { by: 'region,disaggregation', from: '2026-Q1', to: '2026-Q4' },
    }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  getMeasurementSettings: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  putMeasurementSettings: {
    request: (world, scope) => ({
      params: programmeParams(world, scope),
      body: { rules: [], suppressBelow: 5, minContributors: 3 },
    }),
    expect: MEASUREMENT_MANAGERS,
    allowed: [200],
  },
};

/** Rows by operationId, for every API in HTTP_APIS. A new service's rows are one line here. */
export const AUTHORISATION_MATRIX: Readonly<Record<string, MatrixRow>> = {
  ...PARTNERS_MATRIX,
  ...MEASUREMENT_MATRIX,
  ...MEASUREMENT_ADMIN_MATRIX,
  ...PARENT_APPROVALS_MATRIX,
  ...LEARNING_MATRIX,
  ...GRANTS_MATRIX,
  ...CONSENT_MATRIX,
  ...NOTIFICATIONS_MATRIX,
  ...CALENDAR_MATRIX,
  ...FEED_MATRIX,
  ...DEAD_LETTERS_MATRIX,
  ...AUDIT_MATRIX,
};
