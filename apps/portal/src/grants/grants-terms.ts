import { glossary } from '../i18n/terms.js';

export const grantStatusName = glossary({
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
  approved: ['Godkendt', 'Approved'],
  returned: ['Sendt tilbage', 'Returned'],
});

export const reportKindName = glossary({
  progress: ['Statusrapport', 'Progress report'],
  final: ['Slutrapport', 'Final report'],
});
