import { submissionSubmittedV1 } from '@samvirke/contracts';
import type { Principal } from '../auth/session.js';
import { can } from '../programmes.js';
import type { InboxItem } from './notification-types.js';

/**
 * Where a notification leads: its award, its programme, or for a reporting period the page the
 * reader works on it in — the reporter's report, the backbone's approvals, anyone else's progress.
 * A notification kept before it recorded what it is about leads to its programme, if it has one.
 */
export function inboxLink(
  item: Pick<InboxItem, 'about' | 'eventType' | 'programmeId'>,
  principal: Principal,
): string | null {
  const { about, programmeId } = item;
  if (!about) return programmeId ? `/programmes/${programmeId}` : null;
  switch (about.kind) {
    case 'award':
      return `/grants/awards/${about.id}`;
    case 'programme':
      return `/programmes/${about.id}`;
    case 'announcement':
      return programmeId ? `/programmes/${programmeId}/announcements/${about.id}` : null;
    case 'reporting-period': {
      if (!programmeId) return null;
      const toApprove = item.eventType === submissionSubmittedV1.type;
      if (can(principal, 'report') && !toApprove) return `/programmes/${programmeId}/reporting/${about.id}`;
      if (can(principal, 'approve')) return `/programmes/${programmeId}/approvals`;
      return `/programmes/${programmeId}/progress`;
    }
  }
}

/** Which part of a long list one page shows, and where the pages before and after it start. */
export function pageOf(page: { total: number; limit: number; offset: number }): {
  from: number;
  to: number;
  previous: number | null;
  next: number | null;
} {
  const to = Math.min(page.total, page.offset + page.limit);
  return {
    from: page.total === 0 ? 0 : page.offset + 1,
    to,
    previous: page.offset > 0 ? Math.max(0, page.offset - page.limit) : null,
    next: to < page.total ? page.offset + page.limit : null,
  };
}
