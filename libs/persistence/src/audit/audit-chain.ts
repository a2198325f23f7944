import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain, the part a verifier recomputes without trusting the database.
 * Entry n's hash is SHA-256 over entry n−1's hash and entry n's content, where every value that
 * may hold personal data (the changed columns' values, the actor's username) enters only as its
 * salted digest. Redaction (erasure) swaps such a value for `{"$redacted": <that digest>}`, so the
 * chain stays verifiable after personal data is gone, and a changed value, entry, order or a
 * removed entry breaks it from there on.
 */
export interface ChainedEntry {
  readonly seq: string;
  /** `at` as PostgreSQL writes it in UTC with microseconds (AUDIT_ENTRY_COLUMNS' at_text). */
  readonly at: string;
  readonly tableName: string;
  readonly action: string;
  readonly rowKey: string | null;
  readonly programmeId: string | null;
  readonly actorSubject: string | null;
  readonly actorUsername: unknown;
  readonly actorClient: string | null;
  readonly actorOrganisations: readonly string[];
  readonly onBehalfOf: string | null;
  readonly operation: string | null;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly changes: Readonly<Record<string, readonly [unknown, unknown]>>;
  readonly salt: string;
}

export interface SealedEntry extends ChainedEntry {
  readonly chainNo: string;
  readonly prevHash: string | null;
  readonly hash: string;
}

const SEPARATOR = '\u001f';

/** JSON with object keys sorted, so the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function isRedacted(value: unknown): value is { $redacted: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { $redacted?: unknown }).$redacted === 'string' &&
    Object.keys(value).length === 1
  );
}

/** A value's salted digest: what the chain covers, and what redaction leaves in its place. */
export function valueDigest(salt: string, value: unknown): string {
  if (isRedacted(value)) return value.$redacted;
  return createHash('sha256')
    .update(`${salt}${SEPARATOR}${canonicalJson(value)}`)
    .digest('hex');
}

/** The value as redaction leaves it. */
export function redactValue(salt: string, value: unknown): { $redacted: string } {
  return { $redacted: valueDigest(salt, value) };
}

export function entryHash(prevHash: string | null, entry: ChainedEntry): string {
  const changes = Object.keys(entry.changes)
    .sort()
    .map((column) => {
      const [before, after] = entry.changes[column] ?? [null, null];
      return `${column}=${valueDigest(entry.salt, before)}:${valueDigest(entry.salt, after)}`;
    })
    .join(',');
  const content = [
    prevHash ?? '',
    entry.seq,
    entry.at,
    entry.tableName,
    entry.action,
    entry.rowKey ?? '',
    entry.programmeId ?? '',
    entry.actorSubject ?? '',
    valueDigest(entry.salt, entry.actorUsername ?? null),
    entry.actorClient ?? '',
    entry.actorOrganisations.join(','),
    entry.onBehalfOf ?? '',
    entry.operation ?? '',
    entry.correlationId ?? '',
    entry.causationId ?? '',
    changes,
  ].join(SEPARATOR);
  return createHash('sha256').update(content).digest('hex');
}

export type ChainVerdict =
  | { readonly intact: true; readonly entries: number; readonly lastChainNo: string | null }
  | {
      readonly intact: false;
      readonly entries: number;
      /** The first entry that does not follow from the one before it. */
      readonly brokenAt: { readonly chainNo: string; readonly seq: string };
      readonly reason: string;
    };

/**
 * Walks sealed entries in chain order. The first entry present is the anchor (retention may have
 * removed those before it); from then on each must follow its predecessor without a gap.
 */
export class ChainVerifier {
  private previous: SealedEntry | undefined;
  private count = 0;
  private broken: ChainVerdict | undefined;

  add(entry: SealedEntry): boolean {
    if (this.broken) return false;
    this.count += 1;
    const fail = (reason: string): boolean => {
      this.broken = {
        intact: false,
        entries: this.count,
        brokenAt: { chainNo: entry.chainNo, seq: entry.seq },
        reason,
      };
      return false;
    };
    const previous = this.previous;
    if (previous) {
      if (BigInt(entry.chainNo) !== BigInt(previous.chainNo) + 1n)
        return fail(`entry ${BigInt(previous.chainNo) + 1n} of the chain is missing`);
      if (entry.prevHash !== previous.hash)
        return fail('its previous hash is not the hash of the entry before it');
    }
    if (entryHash(entry.prevHash, entry) !== entry.hash) return fail('its content does not match its hash');
    this.previous = entry;
    return true;
  }

  verdict(): ChainVerdict {
    return this.broken ?? { intact: true, entries: this.count, lastChainNo: this.previous?.chainNo ?? null };
  }
}
