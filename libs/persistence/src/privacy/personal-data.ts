/**
 * What a service declares about the personal data it stores, for the record of processing
 * activities (GDPR article 30, docs/record-of-processing.md, written by `npm run privacy:record`).
 * A test migrates every service and fails when a column that looks personal is declared neither
 * personal nor not personal, or a declared column does not exist.
 */
export interface PersonalDataDeclaration {
  readonly table: string;
  readonly columns: readonly string[];
  /** Whose data: "named contacts of organisations", "users". */
  readonly subjects: string;
  readonly purpose: string;
  readonly legalBasis: string;
  readonly retention: string;
  /** Who receives it beyond the service itself. */
  readonly recipients: string;
}

export interface PersonalDataRecord {
  readonly personal: readonly PersonalDataDeclaration[];
  /** `table.column` that looks personal but is not, with the reason. */
  readonly notPersonal: Readonly<Record<string, string>>;
}

/** Column names that may hold personal data; each such column must be declared one way or the other. */
export const PERSONAL_LOOKING_COLUMN = /(e_?mail|username|^subject$|recipient|reviewer|_by$|phone|^actor_)/;

/** The audit trail every service keeps (libs/persistence/src/audit). */
export const AUDIT_PERSONAL_DATA: PersonalDataRecord = {
  personal: [
    {
      table: 'audit_entry',
      columns: ['actor_subject', 'actor_username', 'changes'],
      subjects: 'users and machine clients who change data; people whose data is changed',
      purpose: 'accountability: who changed what, when (GDPR art. 5(2), 32)',
      legalBasis: 'GDPR art. 6(1)(c) and (e): the controllers’ duty to document processing',
      retention: 'AUDIT_RETENTION_DAYS (5 years); pseudonymised when a person is erased',
      recipients: 'platform admins; a programme’s backbone for its programme',
    },
  ],
  notPersonal: {
    'audit_entry.actor_client': 'the OAuth client (an application), not a person',
    'audit_entry.actor_organisations': 'organisation ids',
  },
};
