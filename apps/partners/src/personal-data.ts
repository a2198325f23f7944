import type { PersonalDataRecord, PersonLocator } from '@samvirke/persistence';

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
      table: 'person_key',
      columns: ['key'],
      subjects: 'named contacts of organisations',
      purpose:
        'each contact’s data key: their name and e-mail travel in events only encrypted to it (crypto-shredding)',
      legalBasis: 'GDPR art. 32: security of processing; art. 17: erasure that reaches every copy',
      retention: 'until the contact is removed or erased (then a tombstone tells every holder)',
      recipients: 'notifications (on the internal person-keys topic)',
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
    {
      table: 'announcement',
      columns: ['author_username'],
      subjects: 'backbone coordinators and foundation officers who write announcements',
      purpose: 'who wrote a programme announcement',
      legalBasis: 'GDPR art. 6(1)(e)/(f): the programme’s communication',
      retention: 'while the announcement is kept (not yet limited)',
      recipients: 'the announcement’s readers (the programme’s members it went to)',
    },
    {
      table: 'announcement_read',
      columns: ['username'],
      subjects: 'members who opened an announcement',
      purpose: 'read receipts for the announcement’s authors',
      legalBasis: 'GDPR art. 6(1)(f)',
      retention: 'while the announcement is kept (not yet limited)',
      recipients: 'the programme’s managers (who read it, per organisation)',
    },
    {
      table: 'governance_body_member',
      columns: ['person_name'],
      subjects: 'people who sit on a programme’s steering group or working groups',
      purpose: 'who represents each member organisation in the programme’s bodies, and in which role',
      legalBasis: 'GDPR art. 6(1)(e)/(f): the programme’s governance',
      retention:
        'while the body is kept (not yet limited); pseudonymised when the person is erased (by name)',
      recipients: 'the programme’s current members',
    },
    {
      table: 'action_item',
      columns: ['owner_name'],
      subjects: 'people given an action item by a programme body',
      purpose: 'who is responsible for an action item and is reminded before it is due',
      legalBasis: 'GDPR art. 6(1)(e)/(f): the programme’s governance',
      retention:
        'while the action item is kept (not yet limited); pseudonymised when the person is erased (by name)',
      recipients: 'the programme’s current members; the owner’s organisation is reminded',
    },
    {
      table: 'health_check_respondent',
      columns: ['subject'],
      subjects: 'members who answered a health check round',
      purpose:
        'that each person answers a round once; kept apart from the answers, which name nobody (docs/privacy.md)',
      legalBasis: 'GDPR art. 6(1)(e)/(f): the programme’s evaluation of its collaboration',
      retention: 'while the round is kept (not yet limited); deleted when the person is erased',
      recipients: 'nobody: the API shows a person only whether they themselves have answered',
    },
    {
      table: 'health_check_action',
      columns: ['owner_name'],
      subjects: 'people who own a follow-up action of a health check',
      purpose: 'who is responsible for a follow-up action on one of the five conditions',
      legalBasis: 'GDPR art. 6(1)(e)/(f): the programme’s governance',
      retention:
        'while the action is kept (not yet limited); pseudonymised when the person is erased (by name)',
      recipients: 'the programme’s current members',
    },
    {
      table: 'data_subject_request',
      columns: ['opened_by'],
      subjects: 'platform admins who handle data subject requests',
      purpose: 'who opened an access or erasure request (the person it is about is not named)',
      legalBasis: 'GDPR art. 6(1)(c): documenting how requests under art. 15 and 17 were answered',
      retention: 'while the request is kept (not yet limited)',
      recipients: 'platform admins',
    },
    {
      table: 'data_subject_part',
      columns: ['sealed'],
      subjects: 'people who asked for their data',
      purpose: 'an access request’s export, sealed to the request’s key',
      legalBasis: 'GDPR art. 6(1)(c): answering a request under art. 15',
      retention:
        'until the request is closed (its key is erased; erasure requests at once), at most ACCESS_EXPORT_RETENTION_DAYS (30) after it completed',
      recipients: 'the platform admin answering the request',
    },
  ],
  notPersonal: {},
};

/** Where partners holds a person besides named contacts (erased with their events, see contacts/). */
export const PARTNERS_PERSON_LOCATORS: readonly PersonLocator[] = [
  { table: 'organisation', column: 'contact_email', by: 'email', erase: 'clear' },
  { table: 'announcement', column: 'author_username', by: 'username', erase: 'pseudonymise' },
  { table: 'announcement_read', column: 'username', by: 'username', erase: 'delete' },
  { table: 'health_check_respondent', column: 'subject', by: 'subject', erase: 'delete' },
  // Free text with no link to a person: found by the person's names (their Keycloak account's and
  // their named contacts'), exactly but for case, and pseudonymised (docs/privacy.md).
  { table: 'governance_body_member', column: 'person_name', by: 'name', erase: 'pseudonymise' },
  { table: 'action_item', column: 'owner_name', by: 'name', erase: 'pseudonymise' },
  { table: 'health_check_action', column: 'owner_name', by: 'name', erase: 'pseudonymise' },
];
