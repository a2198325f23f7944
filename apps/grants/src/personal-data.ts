import type { PersonalDataRecord, PersonLocator } from '@samvirke/persistence';

const DECISIONS = {
  subjects: 'foundation officers, applicants and reviewers (users)',
  purpose: 'who decided, applied, reviewed and paid: the grant’s case file',
  legalBasis: 'GDPR art. 6(1)(b)/(c): the grant agreement and the foundations’ bookkeeping duty',
  retention: 'while the grant’s case is kept (not yet limited)',
  recipients: 'the programme’s funders; the grantee for its own grant',
};

/** What grants stores about people (docs/record-of-processing.md). */
export const GRANTS_PERSONAL_DATA: PersonalDataRecord = {
  personal: [
    {
      table: 'known_user',
      columns: ['subject', 'username', 'name'],
      ...DECISIONS,
      purpose: 'choosing reviewers by username',
    },
    { table: 'application', columns: ['created_by'], ...DECISIONS },
    { table: 'call_form', columns: ['created_by'], ...DECISIONS },
    { table: 'application_partner', columns: ['answered_by'], ...DECISIONS },
    {
      table: 'application_file',
      columns: ['uploaded_by', 'file_name'],
      ...DECISIONS,
      purpose: 'who attached which file to an application (the files themselves may hold personal data)',
    },
    { table: 'review_assignment', columns: ['reviewer_username', 'assigned_by'], ...DECISIONS },
    { table: 'grant_call', columns: ['created_by'], ...DECISIONS },
    { table: 'funding_commitment', columns: ['committed_by'], ...DECISIONS },
    { table: 'award', columns: ['awarded_by'], ...DECISIONS },
    { table: 'award_share', columns: ['decided_by'], ...DECISIONS },
    { table: 'tranche', columns: ['paid_by'], ...DECISIONS },
    { table: 'tranche_share', columns: ['paid_by'], ...DECISIONS },
    { table: 'agreement_acceptance', columns: ['accepted_by'], ...DECISIONS },
    { table: 'grant_report', columns: ['submitted_by', 'decided_by'], ...DECISIONS },
    { table: 'award_amendment', columns: ['proposed_by', 'withdrawn_by'], ...DECISIONS },
    { table: 'award_amendment_approval', columns: ['approved_by', 'declined_by'], ...DECISIONS },
    { table: 'award_refund', columns: ['recorded_by'], ...DECISIONS },
    {
      table: 'report_attachment',
      columns: ['uploaded_by', 'file_name'],
      ...DECISIONS,
      purpose:
        'who attached which file to a grant report (the files themselves may hold personal data: photos, auditors’ statements)',
    },
  ],
  notPersonal: {},
};

/** Where grants names a person: the known user goes; the case file keeps decisions under a pseudonym. */
export const GRANTS_PERSON_LOCATORS: readonly PersonLocator[] = [
  { table: 'known_user', column: 'subject', by: 'subject', erase: 'delete' },
  { table: 'known_user', column: 'username', by: 'username', erase: 'delete' },
  ...GRANTS_PERSONAL_DATA.personal
    .filter((declared) => declared.table !== 'known_user')
    .flatMap((declared) =>
      declared.columns
        .filter((column) => column !== 'file_name')
        .map((column): PersonLocator => ({
          table: declared.table,
          column,
          by: 'username',
          erase: 'pseudonymise',
        })),
    ),
];
