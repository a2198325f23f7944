import { createHash } from 'node:crypto';

/**
 * How the person is named in a column: their Keycloak subject id, username or e-mail, or (free
 * text with no link to them, e.g. who sits on a programme body) their name, matched exactly but
 * for case against the names the request knows for them.
 */
export type PersonKey = 'subject' | 'username' | 'email' | 'name';

/**
 * Where a service holds a person and what erasure does there: `delete` the row (a copy, a
 * preference, a profile) or `pseudonymise` the column (a case file that must be kept, e.g. who
 * decided a grant, keeps the decision without the name) or `clear` it (an optional address).
 */
export interface PersonLocator {
  readonly table: string;
  readonly column: string;
  readonly by: PersonKey;
  readonly erase: 'delete' | 'pseudonymise' | 'clear';
  /** Rows of other tables that reference a deleted row's `id` and go with it. */
  readonly children?: readonly { readonly table: string; readonly column: string }[];
}

/** The person as a data subject request names them: an opaque id and salted digests. */
export interface PersonMatch {
  readonly requestId: string;
  readonly subject: string | null;
  readonly salt: string;
  readonly emailDigest: string;
  readonly usernameDigest: string | null;
  /** Salted digests of the person's names (only the service that knows them: partners). */
  readonly nameDigests?: readonly string[];
}

/** The salted digest a service compares with (in SQL: sha256(salt || lower(value))). */
export function personDigest(salt: string, value: string): string {
  return createHash('sha256')
    .update(salt + value.toLowerCase(), 'utf8')
    .digest('hex');
}

/** What erased names become in kept case files: the same for one request, unrelated to the person. */
export function erasedName(requestId: string): string {
  return `slettet-${requestId.slice(0, 8)}`;
}

/** The value to match a locator's column with, or null when the request does not know it. */
export function matchValue(locator: PersonLocator, person: PersonMatch): string | null {
  switch (locator.by) {
    case 'subject':
      return person.subject;
    case 'email':
      return person.emailDigest;
    case 'username':
      return person.usernameDigest;
    case 'name':
      // A person may go by several names: matched against the list (nameDigests), never one value.
      return null;
  }
}

/** A table's primary key of a row, as the audit trail keys it (columns joined by '/'). */
export function rowKey(row: Record<string, unknown>, keyColumns: readonly string[]): string {
  return keyColumns.map((column) => String(row[column])).join('/');
}
