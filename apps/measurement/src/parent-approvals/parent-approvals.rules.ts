import { submissionParentApprovedV1, type ParentApprovalItem } from '@samvirke/contracts';
import { belongsTo, hasRole, type Principal } from '@samvirke/auth';
import type { PendingEvent } from '@samvirke/messaging';
import { DomainError } from '@samvirke/platform';

/**
 * Two-level approval of a sub-unit's submission (a forvaltning or institution under a
 * municipality, as partners' directory says): first the organisations above it, then the backbone.
 * An organisation that stands on its own keeps one level: the backbone's.
 */

/** Which organisation's submission for which period of which programme. */
export interface Where {
  readonly programmeId: string;
  readonly periodId: string;
  readonly organisationId: string;
}

/** The latest version as the first level decides on it. */
export interface FirstLevelState {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  /** Whether the organisations above have approved this version already. */
  readonly parentApproved: boolean;
}

/**
 * The organisation above the sub-unit on whose behalf the caller decides: the first of `ancestors`
 * (parent first) that the caller belongs to as a reporter; for a platform admin the parent.
 */
export function firstLevelDecider(principal: Principal, ancestors: readonly string[]): string {
  const admin = hasRole(principal, 'platform-admin');
  const reporter = hasRole(principal, 'reporter');
  if (!admin && !reporter) throw notAbove();
  if (ancestors.length === 0)
    throw new DomainError(
      'conflict',
      'This organisation is not a sub-unit; the backbone approves its submissions directly.',
    );
  const own = reporter ? ancestors.find((id) => belongsTo(principal, id)) : undefined;
  if (own) return own;
  if (admin) return ancestors[0];
  throw notAbove();
}

function notAbove(): DomainError {
  return new DomainError(
    'forbidden',
    'Only the reporters of the municipality (or forvaltning) above a sub-unit approve its submissions first.',
  );
}

/** The reporters of the organisations above a sub-unit read its submissions, to decide on them. */
export function readsAsParent(principal: Principal, ancestors: readonly string[]): boolean {
  return hasRole(principal, 'reporter') && ancestors.some((id) => belongsTo(principal, id));
}

/** The first level decides only a submitted version it has not approved yet. */
export function checkAwaitingFirstLevel(
  latest: FirstLevelState | undefined,
): asserts latest is FirstLevelState {
  if (latest?.status !== 'submitted')
    throw new DomainError('conflict', 'Only a submitted version can be approved or returned.');
  if (latest.parentApproved)
    throw new DomainError(
      'conflict',
      'The municipality has approved this version already; it waits for the backbone.',
    );
}

/**
 * The backbone decides a sub-unit's version only after the first level approved it (409 before);
 * an organisation that stands on its own (no ancestors) needs nothing first.
 */
export function checkFirstLevelDone(ancestors: readonly string[], parentApproved: boolean): void {
  if (ancestors.length > 0 && !parentApproved)
    throw new DomainError(
      'conflict',
      "This sub-unit's submission waits for its municipality's approval first; the backbone decides after it.",
      [{ pointer: '/organisationId', detail: 'awaits the first-level approval of its municipality' }],
    );
}

/** Who reads which sub-units' queue: everyone's, or those below the caller's organisations. */
export function queueReaders(principal: Principal, readsEveryone: boolean): 'all' | readonly string[] {
  return readsEveryone ? 'all' : hasRole(principal, 'reporter') ? principal.organisations : [];
}

/** The items the caller may see: every one, or those with one of the caller's organisations above. */
export function visibleItems(
  items: readonly ParentApprovalItem[],
  readers: 'all' | readonly string[],
): ParentApprovalItem[] {
  if (readers === 'all') return [...items];
  return items.filter((item) => item.ancestorIds.some((id) => readers.includes(id)));
}

/** submission.parent-approved: the sub-unit's version now waits for the backbone. */
export function parentApprovedEvent(
  where: Where,
  version: { id: string; version: number },
  period: string,
  indicatorCodes: string[],
  approvedByOrganisationId: string,
): PendingEvent {
  return {
    definition: submissionParentApprovedV1,
    data: {
      submissionId: version.id,
      programmeId: where.programmeId,
      periodId: where.periodId,
      period,
      organisationId: where.organisationId,
      version: version.version,
      indicatorCodes,
      approvedByOrganisationId,
    },
    options: { subject: where.programmeId, programmeId: where.programmeId },
  };
}
