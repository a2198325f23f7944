import type {
  ApplicationDto,
  ApplicationStatus,
  ApplicationSubmittedV1,
  ProblemFieldError,
} from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';
import { callStatus } from '../calls/calls.rules.js';

/** One applies only on behalf of one's own organisation. */
export function requireOwnApplicant(organisations: readonly string[], applicantId: string): void {
  if (!organisations.includes(applicantId)) {
    throw new DomainError('forbidden', 'You apply only on behalf of your own organisation.', [
      { pointer: '/applicantOrganisationId', detail: 'not one of your organisations' },
    ]);
  }
}

/** Only organisations of the call's eligible types (known to grants, not archived) may apply. */
export function requireEligibleApplicant(
  eligibleTypes: readonly string[],
  applicantType: string | undefined,
): void {
  if (applicantType === undefined || !eligibleTypes.includes(applicantType)) {
    throw new ValidationFailed([
      {
        pointer: '/applicantOrganisationId',
        detail: `only ${eligibleTypes.join(', ')} organisations may apply to this call`,
      },
    ]);
  }
}

/** The call's own foundation decides on the call's applications; it never applies to it. */
export function requireNotCallFunder(funderOrganisationId: string, applicantId: string): void {
  if (funderOrganisationId === applicantId) {
    throw new ValidationFailed([
      {
        pointer: '/applicantOrganisationId',
        detail: "is the call's own foundation, which decides on the applications",
      },
    ]);
  }
}

/** One application per organisation and call, unless it withdrew the earlier one. */
export function requireNoActiveApplication(existingId: string | undefined): void {
  if (existingId) {
    throw new DomainError(
      'conflict',
      `Your organisation has application ${existingId} in this call already.`,
    );
  }
}

/** A draft may be started until the call closes, and submitted only while it is open. */
export function requireCallTakes(
  action: 'start' | 'submit',
  call: { opens_at: Date; closes_at: Date },
  now = new Date(),
): void {
  const status = callStatus(call, now);
  if (status === 'closed') {
    throw new DomainError(
      'conflict',
      action === 'start'
        ? `The call closed at ${call.closes_at.toISOString()}.`
        : `The call closed at ${call.closes_at.toISOString()}; it takes no more applications.`,
    );
  }
  if (action === 'submit' && status === 'scheduled') {
    throw new DomainError('conflict', `The call opens at ${call.opens_at.toISOString()}.`);
  }
}

/** The goals an application names must be the programme's. */
export function goalErrors(
  goalIds: readonly string[],
  programmeGoals: readonly string[],
): ProblemFieldError[] {
  return goalIds.flatMap((goalId, index) =>
    programmeGoals.includes(goalId)
      ? []
      : [{ pointer: `/goalIds/${index}`, detail: 'not a goal of the programme' }],
  );
}

/** What a submitted application must have: every field, and budget lines that add up to the request. */
export function completenessErrors(
  application: Pick<ApplicationDto, 'title' | 'description' | 'requestedAmountOre' | 'budgetLines'>,
): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const { requestedAmountOre: requested, budgetLines: lines } = application;
  if (!application.title.trim()) errors.push({ pointer: '/title', detail: 'required to submit' });
  if (!application.description.trim()) errors.push({ pointer: '/description', detail: 'required to submit' });
  if (requested === null) errors.push({ pointer: '/requestedAmountOre', detail: 'required to submit' });
  if (lines.length === 0) errors.push({ pointer: '/budgetLines', detail: 'at least one line to submit' });
  else if (requested !== null) {
    const sum = lines.reduce((total, line) => total + line.amountOre, 0);
    if (sum !== requested)
      errors.push({
        pointer: '/budgetLines',
        detail: `the lines sum to ${sum} øre, the requested amount is ${requested} øre`,
      });
  }
  return errors;
}

/**
 * An application becomes `status` only from one of `from`, and not while an award of it awaits its
 * co-funders (that award is answered first, so it can never be made afterwards).
 */
export function requireDecidable(
  current: ApplicationStatus,
  status: ApplicationStatus,
  from: readonly ApplicationStatus[],
  awardPending: boolean,
): void {
  if (!from.includes(current)) {
    throw new DomainError('conflict', `The application is ${current}; it cannot become ${status}.`);
  }
  if (awardPending)
    throw new DomainError(
      'conflict',
      `An award of this application awaits its co-funders' confirmation; it cannot become ${status} before.`,
    );
}

export function applicationSubmittedEvent(submitted: ApplicationDto): ApplicationSubmittedV1 {
  return {
    applicationId: submitted.id,
    callId: submitted.callId,
    programmeId: submitted.programmeId,
    applicantOrganisationId: submitted.applicantOrganisationId,
    requestedAmountOre: submitted.requestedAmountOre ?? 0,
    submittedAt: submitted.submittedAt ?? new Date().toISOString(),
  };
}
