import type { PersonalDataRecord } from '@samvirke/persistence';

/** What the feed stores about people (docs/record-of-processing.md): public events carry none. */
export const FEED_PERSONAL_DATA: PersonalDataRecord = {
  personal: [
    {
      table: 'feed_grant',
      columns: ['granted_by'],
      subjects: 'platform admins',
      purpose: 'who gave an integration access to a programme',
      legalBasis: 'GDPR art. 6(1)(c)/(f): accountability for access',
      retention: 'while the grant exists',
      recipients: 'platform admins',
    },
  ],
  notPersonal: { 'feed_entry.subject': 'the event’s subject: the id of an organisation, programme or award' },
};
