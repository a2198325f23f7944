import type { I18n } from './i18n.js';

/** Shared words: roles, statuses, units. */
export function roleName(i18n: I18n, role: string): string {
  const names: Record<string, [string, string]> = {
    funder: ['Bevillingsgiver', 'Funder'],
    'co-funder': ['Medfinansierer', 'Co-funder'],
    backbone: ['Backbone-organisation', 'Backbone organisation'],
    'implementing-partner': ['Udførende partner', 'Implementing partner'],
    'data-provider': ['Dataleverandør', 'Data provider'],
    'knowledge-partner': ['Videnspartner', 'Knowledge partner'],
    observer: ['Observatør', 'Observer'],
    'platform-admin': ['Platformsadministrator', 'Platform admin'],
    'foundation-officer': ['Fondskonsulent', 'Foundation officer'],
    'backbone-coordinator': ['Backbone-koordinator', 'Backbone coordinator'],
    reporter: ['Indberetter', 'Reporter'],
    'partner-member': ['Partnermedlem', 'Partner member'],
    integration: ['Integration', 'Integration'],
  };
  const name = names[role];
  return name ? i18n.t(name[0], name[1]) : role;
}

export function statusName(i18n: I18n, status: string): string {
  const names: Record<string, [string, string]> = {
    draft: ['Kladde', 'Draft'],
    submitted: ['Indsendt', 'Submitted'],
    approved: ['Godkendt', 'Approved'],
    returned: ['Sendt retur', 'Returned'],
    open: ['Åben', 'Open'],
    closed: ['Lukket', 'Closed'],
    active: ['Aktiv', 'Active'],
    planning: ['Under planlægning', 'Planning'],
    ongoing: ['I gang', 'Ongoing'],
    planned: ['Planlagt', 'Planned'],
    completed: ['Afsluttet', 'Completed'],
    paused: ['På pause', 'Paused'],
    cancelled: ['Aflyst', 'Cancelled'],
    archived: ['Arkiveret', 'Archived'],
    missing: ['Mangler', 'Missing'],
    // Deliveries (e-mails, webhooks).
    pending: ['Venter', 'Pending'],
    sending: ['Sendes', 'Sending'],
    sent: ['Sendt', 'Sent'],
    held: ['Venter på samlet e-mail', 'Held for the digest'],
    digested: ['Sendt i samlet e-mail', 'Sent in the digest'],
    dead: ['Opgivet', 'Given up'],
  };
  const name = names[status];
  return name ? i18n.t(name[0], name[1]) : status;
}
