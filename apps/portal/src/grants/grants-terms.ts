import type { I18n } from '../i18n/i18n.js';

export function grantStatusName(i18n: I18n, status: string): string {
  const names: Record<string, [string, string]> = {
    scheduled: ['Planlagt', 'Scheduled'],
    open: ['Åben', 'Open'],
    closed: ['Lukket', 'Closed'],
    draft: ['Kladde', 'Draft'],
    submitted: ['Indsendt', 'Submitted'],
    'under-review': ['Under vurdering', 'Under review'],
    awarded: ['Bevilget', 'Awarded'],
    rejected: ['Afvist', 'Rejected'],
    withdrawn: ['Trukket tilbage', 'Withdrawn'],
    pending: ['Afventer', 'Pending'],
    eligible: ['Kan udbetales', 'Eligible'],
    paid: ['Udbetalt', 'Paid'],
    assigned: ['Tildelt', 'Assigned'],
    conflicted: ['Inhabil', 'Conflict declared'],
    completed: ['Færdig', 'Completed'],
    confirmed: ['Bekræftet', 'Confirmed'],
    declined: ['Afslået', 'Declined'],
  };
  const name = names[status];
  return name ? i18n.t(name[0], name[1]) : status;
}
