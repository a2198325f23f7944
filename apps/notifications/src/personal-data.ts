import type { PersonalDataRecord, PersonLocator } from '@samvirke/persistence';

/** What notifications stores about people (docs/record-of-processing.md). */
export const NOTIFICATIONS_PERSONAL_DATA: PersonalDataRecord = {
  personal: [
    {
      table: 'contact',
      columns: ['name', 'email', 'language'],
      subjects: 'named contacts of organisations (a copy of partners’)',
      purpose: 'e-mailing the organisation about its programmes',
      legalBasis: 'GDPR art. 6(1)(e)/(f)',
      retention: 'until the contact is removed in partners (then erased)',
      recipients: 'the mail server (SMTP)',
    },
    {
      table: 'person_key',
      columns: ['key'],
      subjects: 'named contacts of organisations (partners’ keys)',
      purpose: 'opening the name and e-mail in partners’ contact events',
      legalBasis: 'GDPR art. 32: security of processing',
      retention: 'until partners erases the key (its tombstone on the person-keys topic)',
      recipients: 'none',
    },
    {
      table: 'sealed_contact',
      columns: ['sealed'],
      subjects: 'named contacts of organisations (encrypted)',
      purpose: 'a contact event that arrived before its key, kept encrypted until the key comes',
      legalBasis: 'GDPR art. 6(1)(e)/(f)',
      retention: 'until the key arrives (then it becomes the contact’s row) or is erased',
      recipients: 'none',
    },
    {
      table: 'user_profile',
      columns: ['subject', 'username', 'email'],
      subjects: 'users who have used notifications',
      purpose: 'in-app messages and e-mails to users',
      legalBasis: 'GDPR art. 6(1)(e)/(f)',
      retention: 'not yet limited',
      recipients: 'the mail server (SMTP)',
    },
    {
      table: 'delivery',
      columns: ['recipient'],
      subjects: 'recipients of e-mails',
      purpose: 'sending, retrying and showing what was sent',
      legalBasis: 'GDPR art. 6(1)(e)/(f)',
      retention: 'DELIVERY_RETENTION_DAYS (90) after it is done',
      recipients: 'the mail server (SMTP); platform admins (delivery status)',
    },
    {
      table: 'notification_read',
      columns: ['subject'],
      subjects: 'users',
      purpose: 'which messages a user has read',
      legalBasis: 'GDPR art. 6(1)(f)',
      retention: 'NOTIFICATION_RETENTION_DAYS (365)',
      recipients: 'none',
    },
    {
      table: 'preference',
      columns: ['subject'],
      subjects: 'users',
      purpose: 'a user’s choice of language and channels',
      legalBasis: 'GDPR art. 6(1)(f)',
      retention: 'not yet limited',
      recipients: 'none',
    },
    {
      table: 'email_opt_out',
      columns: ['email_digest'],
      subjects: 'people who followed an unsubscribe link in an e-mail',
      purpose:
        'not e-mailing an address about the categories it unsubscribed from (only its SHA-256 is kept)',
      legalBasis: 'GDPR art. 21 (objection) and art. 6(1)(c)',
      retention: 'as long as the choice holds (a user choosing e-mail again ends it)',
      recipients: 'none',
    },
    {
      table: 'calendar_feed',
      columns: ['subject'],
      subjects: 'users who made a calendar feed',
      purpose: 'whose programmes a private calendar address shows (only the token’s SHA-256 is kept)',
      legalBasis: 'GDPR art. 6(1)(f)',
      retention: 'until the user stops or renews the feed',
      recipients: 'the calendar program the user gave the address to',
    },
  ],
  notPersonal: {
    'delivery.subject': 'the e-mail’s subject line, written from an event, not about its recipient',
  },
};

/** Where notifications holds a person, for data subject requests (erasure deletes every row). */
export const NOTIFICATIONS_PERSON_LOCATORS: readonly PersonLocator[] = [
  { table: 'contact', column: 'email', by: 'email', erase: 'delete' },
  {
    table: 'delivery',
    column: 'recipient',
    by: 'email',
    erase: 'delete',
    children: [{ table: 'delivery_attempt', column: 'delivery_id' }],
  },
  { table: 'notification_read', column: 'subject', by: 'subject', erase: 'delete' },
  { table: 'preference', column: 'subject', by: 'subject', erase: 'delete' },
  { table: 'calendar_feed', column: 'subject', by: 'subject', erase: 'delete' },
  { table: 'user_profile', column: 'subject', by: 'subject', erase: 'delete' },
  { table: 'user_profile', column: 'email', by: 'email', erase: 'delete' },
];
