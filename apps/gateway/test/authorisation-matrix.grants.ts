/**
 * The grants rows of the authorisation matrix (see authorisation-matrix.table.ts). Own scope: the
 * own programme's call by Helsefonden, København's application there (submitted, reviewed by the
 * backbone's coordinator, awarded) and the NGO's draft; other scope: Bikubenfonden's call in the
 * other programme with Aarhus's awarded application.
 */
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

export interface GrantsScope {
  readonly callId: string;
  readonly criterionId: string;
  /** Applications by applicant organisation id. */
  readonly applications: Readonly<Record<string, string>>;
  /** The awarded application (København's, Aarhus's). */
  readonly awardedApplicationId: string;
  readonly awardId: string;
  readonly trancheId: string;
  readonly funderId: string;
}

export type GrantsWorld = Readonly<Record<Scope, GrantsScope>>;

function grants(world: MatrixWorld): GrantsWorld {
  if (!world.grants) throw new Error('the matrix world has no grants part (is grants running?)');
  return world.grants;
}

function expectation(
  admin: readonly [Verdict, Verdict],
  roles: Partial<Record<Exclude<keyof Expectation, 'platform-admin'>, readonly [Verdict, Verdict]>>,
  rest: readonly [Verdict, Verdict],
): Expectation {
  return {
    'platform-admin': admin,
    'foundation-officer': roles['foundation-officer'] ?? rest,
    'backbone-coordinator': roles['backbone-coordinator'] ?? rest,
    reporter: roles.reporter ?? rest,
    'partner-member': roles['partner-member'] ?? rest,
    integration: roles.integration ?? rest,
  };
}

/**
 * The call's foundation's officers decide on the grantee's reports; whoever else may see the award
 * (the grantee, the backbone, admins) is refused with 403, anyone else does not see it (404).
 */
const REPORT_DECIDERS = expectation(
  [FORBID, FORBID],
  { 'foundation-officer': [ALLOW, HIDE], reporter: [FORBID, HIDE], 'backbone-coordinator': [FORBID, HIDE] },
  [HIDE, HIDE],
);

/** A report id no award has. */
const NO_REPORT = '00000000-0000-4000-8000-00000000abcd';

const EVERYONE = expectation([ALLOW, ALLOW], {}, [ALLOW, ALLOW]);
/**
 * Officers acting for their own foundation while it funds the programme, and platform admins; a
 * programme the officer's foundation is not in is hidden (404, as an unknown one). Other roles are
 * refused by @Roles whatever the programme (403 for an unknown id too, so it tells nothing).
 */
const FUNDER_OFFICERS = expectation([ALLOW, ALLOW], { 'foundation-officer': [ALLOW, HIDE] }, [
  FORBID,
  FORBID,
]);
/** The programme's current members and platform admins; for anyone else it does not exist. */
const PROGRAMME_MEMBERS = expectation([ALLOW, ALLOW], {}, [ALLOW, HIDE]);
/** The call's foundation decides (@Roles refuses everyone but officers and admins with 403). */
const CALL_FUNDER = expectation([ALLOW, ALLOW], { 'foundation-officer': [ALLOW, HIDE] }, [FORBID, FORBID]);
/** Only the applicant organisation's own users touch its application; for anyone else it is not there. */
const APPLICANTS = expectation([HIDE, HIDE], { reporter: [ALLOW, HIDE], 'partner-member': [ALLOW, HIDE] }, [
  HIDE,
  HIDE,
]);
/** Only the assigned reviewer (the backbone's coordinator, on København's application). */
const ASSIGNED_REVIEWER = expectation([FORBID, FORBID], { 'backbone-coordinator': [ALLOW, FORBID] }, [
  FORBID,
  FORBID,
]);

/** The caller's own organisation's application when it has one, else København's. */
const application = (world: MatrixWorld, scope: Scope, caller: Caller): string => {
  const part = grants(world)[scope];
  return scope === 'own'
    ? (part.applications[caller.organisationId] ?? part.awardedApplicationId)
    : part.awardedApplicationId;
};
const programmeParams = (world: MatrixWorld, scope: Scope) => ({ programmeId: world.programme[scope].id });
const in30Days = (): string => new Date(Date.now() + 30 * 86_400_000).toISOString();

export const GRANTS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  commitFunding: {
    request: (world, scope) => ({
      params: programmeParams(world, scope),
      body: {
        funderOrganisationId: grants(world)[scope].funderId,
        amountOre: 1_000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      },
    }),
    expect: FUNDER_OFFICERS,
    allowed: [201],
  },
  getFundingOverview: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    // Members who are neither funders nor the backbone see the programme but not its money (403).
    expect: expectation(
      [ALLOW, ALLOW],
      { 'foundation-officer': [ALLOW, HIDE], 'backbone-coordinator': [ALLOW, HIDE] },
      [FORBID, HIDE],
    ),
    allowed: [200],
  },
  createGrantCall: {
    request: (world, scope) => ({
      params: programmeParams(world, scope),
      body: {
        funderOrganisationId: grants(world)[scope].funderId,
        title: 'Matrixopslag',
        budgetOre: 1_000,
        opensAt: new Date().toISOString(),
        closesAt: in30Days(),
        eligibleOrganisationTypes: ['municipality'],
        criteria: [{ name: 'Effekt', weight: 1 }],
      },
    }),
    expect: FUNDER_OFFICERS,
    allowed: [201],
  },
  listGrantCalls: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  // A foundation's board: its own officers (own: the caller's organisation; other: Bikubenfonden's) and admins.
  getFoundationBoard: {
    request: (world, scope, caller) => ({
      params: { organisationId: scope === 'own' ? caller.organisationId : world.organisations.bikubenfonden },
    }),
    expect: expectation([ALLOW, ALLOW], { 'foundation-officer': [ALLOW, FORBID] }, [FORBID, FORBID]),
    allowed: [200],
  },
  // Calls any organisation of an eligible type may apply to, in any programme (never its own foundation's).
  listOpenCalls: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  getGrantCall: {
    request: (world, scope) => ({ params: { callId: grants(world)[scope].callId } }),
    expect: EVERYONE,
    allowed: [200],
  },
  // The call's own form: its foundation designs it (a change after submissions is the next version).
  saveApplicationForm: {
    request: (world, scope) => ({
      params: { callId: grants(world)[scope].callId },
      body: { questions: [{ key: 'formaal', label: 'Formål', type: 'text', required: true }] },
    }),
    expect: CALL_FUNDER,
    allowed: [200],
  },
  getApplicationForm: {
    request: (world, scope) => ({ params: { callId: grants(world)[scope].callId } }),
    expect: EVERYONE,
    allowed: [200],
  },
  getApplicationFormVersion: {
    request: (world, scope) => ({ params: { callId: grants(world)[scope].callId, version: '1' } }),
    expect: EVERYONE,
    allowed: [200],
  },
  listApplicationFiles: {
    request: (world, scope, caller) => ({ params: { applicationId: application(world, scope, caller) } }),
    expect: expectation([ALLOW, ALLOW], { integration: [HIDE, HIDE] }, [ALLOW, HIDE]),
    allowed: [200],
  },
  // The applicant's users get through to the file checks: no File-Name (422) on a draft, 409 once submitted.
  addApplicationFile: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      text: { contentType: 'text/csv', body: 'kategori;beløb\nLøn;1000\n' },
    }),
    expect: APPLICANTS,
    allowed: [409, 422],
  },
  downloadApplicationFile: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller), fileId: NO_REPORT },
    }),
    expect: expectation([ALLOW, ALLOW], { integration: [HIDE, HIDE] }, [ALLOW, HIDE]),
    allowed: [404],
    allowedDetail: /^The application has no file /,
  },
  // Joint applications: the lead's users name the partners (none here) on their draft (409 once submitted).
  saveApplicationPartners: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: { partners: [] },
    }),
    expect: APPLICANTS,
    allowed: [200, 409],
  },
  // The caller's organisation is no partner here: whoever sees the application learns just that (404 with
  // its own detail); for anyone else the application is not there.
  confirmPartnership: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller), organisationId: caller.organisationId },
    }),
    expect: expectation([ALLOW, ALLOW], { integration: [HIDE, HIDE] }, [ALLOW, HIDE]),
    allowed: [404],
    allowedDetail: /is not a partner of this application\.$/,
  },
  declinePartnership: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller), organisationId: caller.organisationId },
      body: { reason: 'Ingen kapacitet.' },
    }),
    expect: expectation([ALLOW, ALLOW], { integration: [HIDE, HIDE] }, [ALLOW, HIDE]),
    allowed: [404],
    allowedDetail: /is not a partner of this application\.$/,
  },
  startApplication: {
    // Own: for one's own organisation — created, or refused for its type (422) or as a second one
    // (409), after the caller was let through. Other: on behalf of Aarhus, which nobody here is.
    request: (world, scope, caller) => ({
      params: { callId: grants(world)[scope].callId },
      body: {
        applicantOrganisationId: scope === 'own' ? caller.organisationId : world.organisations.aarhus,
        title: 'Matrixansøgning',
      },
    }),
    expect: expectation([ALLOW, FORBID], {}, [ALLOW, FORBID]),
    allowed: [201, 409, 422],
  },
  listApplications: {
    request: (world, scope) => ({ params: { callId: grants(world)[scope].callId } }),
    expect: EVERYONE,
    allowed: [200],
  },
  // Each caller sees only their own organisations' applications (possibly none).
  listOwnApplications: { request: () => ({}), expect: EVERYONE, allowed: [200] },
  getApplication: {
    request: (world, scope, caller) => ({ params: { applicationId: application(world, scope, caller) } }),
    expect: expectation([ALLOW, ALLOW], { integration: [HIDE, HIDE] }, [ALLOW, HIDE]),
    allowed: [200],
  },
  saveApplication: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: { description: 'Opdateret beskrivelse.' },
    }),
    expect: APPLICANTS,
    allowed: [200, 409],
  },
  submitApplication: {
    request: (world, scope, caller) => ({ params: { applicationId: application(world, scope, caller) } }),
    expect: APPLICANTS,
    allowed: [200, 409, 422],
  },
  withdrawApplication: {
    request: (world, scope, caller) => ({ params: { applicationId: application(world, scope, caller) } }),
    expect: APPLICANTS,
    allowed: [200, 409],
  },
  rejectApplication: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: { reason: 'Uden for opslagets formål.' },
    }),
    expect: CALL_FUNDER,
    allowed: [200, 409],
  },
  assignReviewer: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: { reviewerUsername: 'officer.realdania' },
    }),
    expect: CALL_FUNDER,
    allowed: [201, 409],
  },
  listReviewerCandidates: {
    request: (world, scope, caller) => ({ params: { applicationId: application(world, scope, caller) } }),
    expect: CALL_FUNDER,
    allowed: [200],
  },
  declareConflict: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: { reason: 'Inhabil.' },
    }),
    expect: ASSIGNED_REVIEWER,
    allowed: [200, 409],
  },
  submitReview: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: { scores: [{ criterionId: grants(world)[scope].criterionId, score: 7 }] },
    }),
    expect: ASSIGNED_REVIEWER,
    allowed: [200, 409],
  },
  listReviews: {
    request: (world, scope, caller) => ({ params: { applicationId: application(world, scope, caller) } }),
    expect: expectation(
      [ALLOW, ALLOW],
      { 'foundation-officer': [ALLOW, HIDE], 'backbone-coordinator': [ALLOW, HIDE] },
      [HIDE, HIDE],
    ),
    allowed: [200],
  },
  awardGrant: {
    request: (world, scope, caller) => ({
      params: { applicationId: application(world, scope, caller) },
      body: {
        amountOre: 1_000,
        shares: [{ funderOrganisationId: grants(world)[scope].funderId, amountOre: 1_000 }],
        tranches: [{ amountOre: 1_000, earliestDate: '2026-01-01' }],
      },
    }),
    expect: CALL_FUNDER,
    allowed: [201, 409],
  },
  listAwards: {
    request: (world, scope) => ({ params: programmeParams(world, scope) }),
    expect: PROGRAMME_MEMBERS,
    allowed: [200],
  },
  getAward: {
    request: (world, scope) => ({ params: { awardId: grants(world)[scope].awardId } }),
    // The grantee's users, the funders' officers, the backbone's coordinators and platform admins.
    expect: expectation([ALLOW, ALLOW], { 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] }, [
      ALLOW,
      HIDE,
    ]),
    allowed: [200],
  },
  getGrantAgreement: {
    request: (world, scope) => ({ params: { awardId: grants(world)[scope].awardId } }),
    // As the award itself: the grantee's users, the funders' officers, the backbone and admins.
    expect: expectation([ALLOW, ALLOW], { 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] }, [
      ALLOW,
      HIDE,
    ]),
    allowed: [200],
  },
  acceptGrantAgreement: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId },
      // A digest that is not the agreement's: the grantee gets 409 and nothing is accepted.
      body: { version: 1, termsSha256: '0'.repeat(64) },
    }),
    // Only the grantee's users (København's reporter in the own programme); whoever else may see
    // the award is refused (403, platform admins too), anyone else does not see it (404).
    expect: expectation(
      [FORBID, FORBID],
      { reporter: [ALLOW, HIDE], 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] },
      [FORBID, HIDE],
    ),
    allowed: [409],
  },
  listGrantReports: {
    request: (world, scope) => ({ params: { awardId: grants(world)[scope].awardId } }),
    // As the award itself: the grantee's users, the funders' officers, the backbone and admins.
    expect: expectation([ALLOW, ALLOW], { 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] }, [
      ALLOW,
      HIDE,
    ]),
    allowed: [200],
  },
  submitGrantReport: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId },
      // A report with no section answered: the grantee gets 422 and nothing is stored.
      body: { kind: 'progress', sections: {}, financialLines: [] },
    }),
    // Only the grantee's users; whoever else may see the award is refused (403, admins too).
    expect: expectation(
      [FORBID, FORBID],
      { reporter: [ALLOW, HIDE], 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] },
      [FORBID, HIDE],
    ),
    allowed: [422],
  },
  approveGrantReport: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, reportId: '00000000-0000-4000-8000-00000000abcd' },
    }),
    // Only the call's foundation's officers decide (a report that is not there: 404 about the report).
    expect: REPORT_DECIDERS,
    allowed: [404],
    allowedDetail: /^No report .* on this award\.$/,
  },
  returnGrantReport: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, reportId: '00000000-0000-4000-8000-00000000abcd' },
      body: { comment: 'Beskriv resultaterne.' },
    }),
    expect: REPORT_DECIDERS,
    allowed: [404],
    allowedDetail: /^No report .* on this award\.$/,
  },
  // Attachments on a report (none in the world): the grantee gets 404 about the report itself.
  listReportAttachments: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, reportId: NO_REPORT },
    }),
    // As the report: whoever may see the award (the grantee, funders' officers, backbone, admins).
    expect: expectation([ALLOW, ALLOW], { 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] }, [
      ALLOW,
      HIDE,
    ]),
    allowed: [404],
    allowedDetail: /^No report .* on this award\.$/,
  },
  addReportAttachment: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, reportId: NO_REPORT },
      text: { contentType: 'text/csv', body: 'kategori;beløb\nLøn;1\n' },
    }),
    // Only the grantee's users attach; whoever else may see the award is refused (403, admins too).
    expect: expectation(
      [FORBID, FORBID],
      { reporter: [ALLOW, HIDE], 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] },
      [FORBID, HIDE],
    ),
    allowed: [404],
    allowedDetail: /^No report .* on this award\.$/,
  },
  downloadReportAttachment: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, reportId: NO_REPORT, attachmentId: NO_REPORT },
    }),
    expect: expectation([ALLOW, ALLOW], { 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] }, [
      ALLOW,
      HIDE,
    ]),
    allowed: [404],
    allowedDetail: /^No report .* on this award\.$/,
  },
  recordTranchePayment: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, trancheId: grants(world)[scope].trancheId },
      body: { paymentReference: 'MATRIX-1' },
    }),
    // Only an officer of a funder records its own part's payment; platform admins do not (403).
    expect: expectation([FORBID, FORBID], { 'foundation-officer': [ALLOW, HIDE] }, [FORBID, FORBID]),
    allowed: [200, 409],
  },
  proposeAwardAmendment: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId },
      // Shares that do not sum to the amount: whoever may propose gets 422 and nothing is stored.
      body: {
        reason: 'Matrix.',
        amountOre: 100_000,
        shares: [{ funderOrganisationId: grants(world)[scope].funderId, amountOre: 1 }],
        tranches: [],
      },
    }),
    // The awarding foundation's officers and admins; the grantee and the backbone are refused by @Roles.
    expect: FUNDER_OFFICERS,
    allowed: [422],
  },
  approveAwardAmendment: {
    request: (world, scope) => ({
      params: {
        awardId: grants(world)[scope].awardId,
        amendmentId: '00000000-0000-4000-8000-00000000abcd',
        funderOrganisationId: grants(world)[scope].funderId,
      },
    }),
    // Only officers (a co-funder's consent is its own; admins are refused by @Roles); an amendment
    // that is not there: 404 about the amendment.
    expect: expectation([FORBID, FORBID], { 'foundation-officer': [ALLOW, HIDE] }, [FORBID, FORBID]),
    allowed: [404],
    allowedDetail: /^Award .* has no amendment .*\.$/,
  },
  declineAwardAmendment: {
    request: (world, scope) => ({
      params: {
        awardId: grants(world)[scope].awardId,
        amendmentId: '00000000-0000-4000-8000-00000000abcd',
        funderOrganisationId: grants(world)[scope].funderId,
      },
      body: { reason: 'Matrix.' },
    }),
    // As approving: that co-funder's officers only (admins are refused by @Roles).
    expect: expectation([FORBID, FORBID], { 'foundation-officer': [ALLOW, HIDE] }, [FORBID, FORBID]),
    allowed: [404],
    allowedDetail: /^Award .* has no amendment .*\.$/,
  },
  withdrawAwardAmendment: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId, amendmentId: '00000000-0000-4000-8000-00000000abcd' },
      body: {},
    }),
    // As proposing: the awarding foundation's officers and admins.
    expect: FUNDER_OFFICERS,
    allowed: [404],
    allowedDetail: /^Award .* has no amendment .*\.$/,
  },
  recordAwardRefund: {
    request: (world, scope) => ({
      params: { awardId: grants(world)[scope].awardId },
      // More than was ever paid: whoever may record it gets 422 and nothing is stored.
      body: {
        funderOrganisationId: grants(world)[scope].funderId,
        amountOre: 900_000_000,
        kind: 'refund',
        receivedOn: '2026-11-30',
        reference: 'MATRIX-R',
      },
    }),
    expect: FUNDER_OFFICERS,
    allowed: [422],
  },
  getAwardHistory: {
    request: (world, scope) => ({ params: { awardId: grants(world)[scope].awardId } }),
    // As the award itself: the grantee's users, the funders' officers, the backbone and admins.
    expect: expectation([ALLOW, ALLOW], { 'partner-member': [HIDE, HIDE], integration: [HIDE, HIDE] }, [
      ALLOW,
      HIDE,
    ]),
    allowed: [200],
  },
};
