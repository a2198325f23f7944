import type { I18n } from './i18n.js';

/** A word in Danish and in English. */
export type Word = readonly [da: string, en: string];

/** Names a key in the reader's language; a key without a word shows as itself. */
export function glossary(words: Readonly<Record<string, Word>>): (i18n: I18n, key: string) => string {
  return (i18n, key) => {
    const word = words[key];
    return word ? i18n.t(word[0], word[1]) : key;
  };
}

/** Shared words: roles, statuses. */
export const roleName = glossary({
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
});

export const statusName = glossary({
  draft: ['Kladde', 'Draft'],
  submitted: ['Indsendt', 'Submitted'],
  approved: ['Godkendt', 'Approved'],
  returned: ['Sendt retur', 'Returned'],
  open: ['Åben', 'Open'],
  closed: ['Lukket', 'Closed'],
  locked: ['Låst', 'Locked'],
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
});
