import type { NotificationAbout } from '@samvirke/contracts';

/**
 * What a notification of an event is about, from the event's data: its award (award, share and
 * tranche events), else its reporting period (reporting and submission events), else its programme.
 * Every notification rule's event carries one of them (notification-about.spec.ts checks each).
 */
export function aboutOf(data: unknown, programmeId: string | null): NotificationAbout | null {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (typeof fields['announcementId'] === 'string')
    return { kind: 'announcement', id: fields['announcementId'] };
  if (typeof fields['awardId'] === 'string') return { kind: 'award', id: fields['awardId'] };
  if (typeof fields['periodId'] === 'string') return { kind: 'reporting-period', id: fields['periodId'] };
  const programme = typeof fields['programmeId'] === 'string' ? fields['programmeId'] : programmeId;
  return programme ? { kind: 'programme', id: programme } : null;
}
