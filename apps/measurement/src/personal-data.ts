import type { PersonalDataRecord, PersonLocator } from '@samvirke/persistence';

/** What measurement stores about people (docs/record-of-processing.md); its figures are aggregate. */
export const MEASUREMENT_PERSONAL_DATA: PersonalDataRecord = {
  personal: [
    {
      table: 'submission',
      columns: ['saved_by', 'decided_by'],
      subjects: 'reporters and backbone coordinators',
      purpose: 'who reported and who approved or returned a report',
      legalBasis: 'GDPR art. 6(1)(e): documenting the programme’s reporting',
      retention: 'while the programme’s data is kept (not yet limited)',
      recipients: 'the programme’s backbone and the reporting organisation',
    },
    {
      table: 'population_statistic',
      columns: ['loaded_by'],
      subjects: 'platform admins and backbone coordinators who load official statistics',
      purpose: 'who loaded an indicator’s official statistics (the figures are public and aggregate)',
      legalBasis: 'GDPR art. 6(1)(e)',
      retention: 'until the statistics of the period are replaced',
      recipients: 'none (the API shows the figures and their source, not who loaded them)',
    },
    {
      table: 'reporting_period_history',
      columns: ['acted_by'],
      subjects: 'backbone coordinators and platform admins who close, lock and reopen periods',
      purpose: 'the audit of who closed, locked or reopened a reporting period, and why',
      legalBasis: 'GDPR art. 6(1)(e): documenting the programme’s reporting',
      retention: 'while the programme’s data is kept (not yet limited)',
      recipients: 'the programme’s backbone and platform admins',
    },
    {
      table: 'submission_parent_approval',
      columns: ['approved_by'],
      subjects: "a municipality's reporters who approve its sub-units' reports",
      purpose: 'who approved a sub-unit’s report at the first of two levels',
      legalBasis: 'GDPR art. 6(1)(e): documenting the programme’s reporting',
      retention: 'while the programme’s data is kept (not yet limited)',
      recipients: 'the programme’s backbone, the municipality and its sub-unit',
    },
  ],
  notPersonal: { 'indicator.superseded_by': 'the id of the indicator version that replaced it' },
};

/** Where measurement names a person: who reported, decided and loaded, pseudonymised on erasure. */
export const MEASUREMENT_PERSON_LOCATORS: readonly PersonLocator[] = [
  { table: 'submission', column: 'saved_by', by: 'username', erase: 'pseudonymise' },
  { table: 'submission', column: 'decided_by', by: 'username', erase: 'pseudonymise' },
  { table: 'submission_parent_approval', column: 'approved_by', by: 'username', erase: 'pseudonymise' },
  { table: 'population_statistic', column: 'loaded_by', by: 'username', erase: 'pseudonymise' },
  { table: 'reporting_period_history', column: 'acted_by', by: 'username', erase: 'pseudonymise' },
];
