import {
  progressUpdatedV1,
  submissionApprovedV1,
  submissionReturnedV1,
  submissionSubmittedV1,
  type SaveSubmission,
  type SubmissionDto,
  type SubmissionStatus,
} from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';
import type { TrackedIndicator } from './submissions.rules.js';

/** Which organisation's submission for which period of which programme. */
export interface Where {
  readonly programmeId: string;
  readonly periodId: string;
  readonly organisationId: string;
}

/** A version as the workflow sees it. */
export interface VersionState {
  readonly id: string;
  readonly version: number;
  readonly status: SubmissionStatus;
}

export type SubmissionValue = SubmissionDto['values'][number];

/** The backbone's decision on a submitted version: a return says why. */
export type Decision =
  { readonly status: 'approved' } | { readonly status: 'returned'; readonly comment: string };

/** Platform admins and the programme's backbone coordinators read every organisation's submissions. */
export function readsEveryone(principal: Principal, programmeRoles: ReadonlySet<string>): boolean {
  return (
    hasRole(principal, 'platform-admin') ||
    (hasRole(principal, 'backbone-coordinator') && programmeRoles.has('backbone'))
  );
}

/** Besides those who read everyone's, an organisation's own users read its submissions. */
export function checkReader(principal: Principal, programmeRoles: ReadonlySet<string>, where: Where): void {
  if (!readsEveryone(principal, programmeRoles) && !belongsTo(principal, where.organisationId)) {
    throw new DomainError(
      'forbidden',
      "Only the organisation itself and the programme's backbone read its submissions.",
    );
  }
}

export function checkReporter(principal: Principal, where: Where): void {
  if (!hasRole(principal, 'reporter') || !belongsTo(principal, where.organisationId)) {
    throw new DomainError('forbidden', 'Reporters submit only for their own organisation.');
  }
}

/**
 * A locked period changes for nobody: no save, submission, import, approval or return until the
 * backbone reopens it with a reason. The 409 names the period.
 */
export function checkUnlocked(period: { period: string; status: string }): void {
  if (period.status === 'locked')
    throw new DomainError(
      'conflict',
      `The period ${period.period} is locked; nothing in it changes until the backbone reopens it.`,
      [{ pointer: '/periodId', detail: `period ${period.period} is locked` }],
    );
}

export function checkOpen(period: { period: string; status: string }): void {
  checkUnlocked(period);
  if (period.status !== 'open')
    throw new DomainError(
      'conflict',
      `The period ${period.period} is closed; ask the backbone to reopen it.`,
    );
}

/** Who saved or decided, as the submission records it. */
export function actorName(principal: Principal): string {
  return principal.username ?? principal.subject;
}

/**
 * Where saving puts the values: over the draft there is, else in a new version after the latest
 * (a correction after a decision). While the backbone has a version to decide, nothing is saved.
 */
export function nextDraft(
  latest: VersionState | undefined,
  newId: string,
): { id: string; version: number; existing: boolean } {
  if (latest?.status === 'submitted') {
    throw new DomainError(
      'conflict',
      'This submission awaits the backbone; it can be corrected once it is approved or returned.',
    );
  }
  if (latest?.status === 'draft') return { id: latest.id, version: latest.version, existing: true };
  return { id: newId, version: (latest?.version ?? 0) + 1, existing: false };
}

export function checkSubmittable(latest: VersionState | undefined): asserts latest is VersionState {
  if (latest?.status !== 'draft')
    throw new DomainError('conflict', 'There is no draft to submit; save the values first.');
}

export function checkDecidable(latest: VersionState | undefined): asserts latest is VersionState {
  if (latest?.status !== 'submitted')
    throw new DomainError('conflict', 'Only a submitted version can be approved or returned.');
}

/** The values just saved as the answer shows them, without reading them back. */
export function savedValues(values: SaveSubmission['values']): SubmissionValue[] {
  return sortValues(
    values.map((value) => ({
      indicator: value.indicator,
      disaggregation: value.disaggregation || null,
      value: value.value,
      ...(value.comment ? { comment: value.comment } : {}),
    })),
  );
}

/** Indicator code, then disaggregation (the total first): the order of the template. */
export function sortValues(values: SubmissionValue[]): SubmissionValue[] {
  return values.sort((a, b) => {
    if (a.indicator !== b.indicator) return a.indicator < b.indicator ? -1 : 1;
    const left = a.disaggregation ?? '';
    const right = b.disaggregation ?? '';
    if (left === right) return 0;
    return left < right ? -1 : 1;
  });
}

/** The template's lines: every tracked indicator by code, with every disaggregation it collects. */
export function templateIndicators(
  tracked: ReadonlyMap<string, TrackedIndicator>,
): { code: string; disaggregations: string[] }[] {
  return [...tracked.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((indicator) => ({ code: indicator.code, disaggregations: [...indicator.disaggregations] }));
}

/** The event of a version's new status: submitted, approved or returned. */
export function statusEvent(
  where: Where,
  version: VersionState,
  period: string,
  indicatorCodes: string[],
): PendingEvent {
  return {
    definition: statusDefinition(version.status),
    data: {
      submissionId: version.id,
      programmeId: where.programmeId,
      periodId: where.periodId,
      period,
      organisationId: where.organisationId,
      version: version.version,
      indicatorCodes,
    },
    options: { subject: where.programmeId, programmeId: where.programmeId },
  };
}

function statusDefinition(status: SubmissionStatus) {
  if (status === 'submitted') return submissionSubmittedV1;
  return status === 'approved' ? submissionApprovedV1 : submissionReturnedV1;
}

/** An approval changed these indicators' progress in the period. */
export function progressEvent(
  where: Where,
  period: string,
  indicatorCodes: string[],
  submissionId: string,
): PendingEvent {
  return {
    definition: progressUpdatedV1,
    data: { programmeId: where.programmeId, period, indicatorCodes, causedBySubmissionId: submissionId },
    options: { subject: where.programmeId, programmeId: where.programmeId },
  };
}
