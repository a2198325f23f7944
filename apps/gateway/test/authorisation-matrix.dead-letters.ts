/**
 * The dead-letter rows of the authorisation matrix (see authorisation-matrix.table.ts): every
 * service with an event consumer, the feed among them, serves
 * deadLetterOperations() from libs/contracts. Listing and replaying are for platform admins; every
 * other role is refused. A replay or discard names a dead letter that does not exist, so an admin
 * gets a 404 about the dead letter and nothing changes.
 */
import { randomUUID } from 'node:crypto';
import { ALLOW, FORBID, type Expectation, type MatrixRow } from './authorisation-matrix.types.js';

const ADMINS: Expectation = {
  'platform-admin': [ALLOW, ALLOW],
  'foundation-officer': [FORBID, FORBID],
  'backbone-coordinator': [FORBID, FORBID],
  reporter: [FORBID, FORBID],
  'partner-member': [FORBID, FORBID],
  integration: [FORBID, FORBID],
};

function rows(title: string): Record<string, MatrixRow> {
  return {
    [`list${title}DeadLetters`]: {
      request: () => ({ query: { state: 'all', limit: '5' } }),
      expect: ADMINS,
      allowed: [200],
    },
    [`replay${title}DeadLetter`]: {
      request: () => ({ params: { deadLetterId: randomUUID() } }),
      expect: ADMINS,
      allowed: [404],
      allowedDetail: /no dead letter/,
    },
    [`discard${title}DeadLetter`]: {
      request: () => ({ params: { deadLetterId: randomUUID() } }),
      expect: ADMINS,
      allowed: [404],
      allowedDetail: /no dead letter/,
    },
  };
}

export const DEAD_LETTERS_MATRIX: Readonly<Record<string, MatrixRow>> = {
  ...rows('Grants'),
  ...rows('Measurement'),
  ...rows('Notifications'),
  ...rows('Feed'),
};
