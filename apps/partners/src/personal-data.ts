import type { PersonalDataRecord } from '@samvirke/persistence';

/** What partners stores about people (docs/record-of-processing.md). */
export const PARTNERS_PERSONAL_DATA: PersonalDataRecord = {
  personal: [
    {
      table: 'contact',
      columns: ['name', 'email', 'role', 'language'],
      subjects: 'named contacts of organisations',
      purpose: 'members of a programme reach each other; notifications e-mail the organisation',
      legalBasis: 'GDPR art. 6(1)(e)/(f): the programme’s coordination; the organisation names its contacts',
      retention: 'until the contact is removed (then erased everywhere)',
      recipients: 'the programme’s members (not integration clients); notifications',
    },
    {
      table: 'organisation',
      columns: ['contact_email'],
      subjects: 'whoever the organisation’s general address names',
      purpose: 'reaching the organisation',
      legalBasis: 'GDPR art. 6(1)(e)/(f)',
      retention: 'while the organisation is registered',
      recipients: 'platform admins and the organisation’s users',
    },
  ],
  notPersonal: {},
};
