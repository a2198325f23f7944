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
