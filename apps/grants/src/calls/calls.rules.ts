import type {
  CreateGrantCall,
  GrantCallClosedV1,
  GrantCallDto,
  GrantCallOpenedV1,
  GrantCallStatus,
  ProblemFieldError,
} from '@samvirke/contracts';

/** A call's status follows its dates. */
export function callStatus(call: { opens_at: Date; closes_at: Date }, now = new Date()): GrantCallStatus {
  if (now < call.opens_at) return 'scheduled';
  return now < call.closes_at ? 'open' : 'closed';
}

/** An organisation as grants knows it, for deciding which calls it may apply to. */
export interface Applicant {
  readonly id: string;
  readonly type: string;
  readonly archived: boolean;
}

/**
 * An organisation may apply to a call of a type it has, unless it is archived or is the call's own
 * foundation (which decides on the applications).
 */
export function mayApply(
  call: { eligible_types: readonly string[]; funder_organisation_id: string },
  organisation: Applicant,
): boolean {
  return (
    !organisation.archived &&
    organisation.id !== call.funder_organisation_id &&
    call.eligible_types.includes(organisation.type)
  );
}

/** What the schema cannot check of a new call: it must still be ahead of us to close. */
export function newCallErrors(command: Pick<CreateGrantCall, 'closesAt'>, now: number): ProblemFieldError[] {
  return Date.parse(command.closesAt) <= now
    ? [{ pointer: '/closesAt', detail: 'must be in the future' }]
    : [];
}

export function callOpenedEvent(call: GrantCallDto): GrantCallOpenedV1 {
  return {
    callId: call.id,
    programmeId: call.programmeId,
    funderOrganisationId: call.funderOrganisationId,
    title: call.title,
    budgetOre: call.budgetOre,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    eligibleOrganisationTypes: call.eligibleOrganisationTypes,
  };
}

export function callClosedEvent(call: GrantCallDto, submittedApplications: number): GrantCallClosedV1 {
  return {
    callId: call.id,
    programmeId: call.programmeId,
    funderOrganisationId: call.funderOrganisationId,
    title: call.title,
    closesAt: call.closesAt,
    submittedApplications,
  };
}
