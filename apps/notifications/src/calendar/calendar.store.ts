import type { EntityManager } from 'typeorm';
import type { CalendarEntryKind, NotificationLanguage } from '@samvirke/contracts';
import type { CalendarEntry } from './calendar.rules.js';

export interface EntryUpsert {
  readonly uid: string;
  readonly programmeId: string;
  readonly kind: CalendarEntryKind;
  readonly label: string;
  readonly onDate: string | null;
  readonly at: string | null;
  readonly updatedAt: Date;
}

export interface FeedRow {
  readonly subject: string;
  readonly organisationIds: string[];
  readonly createdAt: Date;
  readonly language: NotificationLanguage;
}

/** The calendar's dates and the people's feeds, on the caller's transaction. */
export class CalendarStore {
  constructor(private readonly manager: EntityManager) {}

  /** A new date, or a changed one (its sequence goes up, so calendars replace it). */
  async upsertEntry(entry: EntryUpsert): Promise<void> {
    await this.manager.query(
      `INSERT INTO calendar_entry (uid, programme_id, kind, label, on_date, at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (uid) DO UPDATE SET label = EXCLUDED.label, on_date = EXCLUDED.on_date, at = EXCLUDED.at,
         updated_at = EXCLUDED.updated_at, sequence = calendar_entry.sequence + 1`,
      [entry.uid, entry.programmeId, entry.kind, entry.label, entry.onDate, entry.at, entry.updatedAt],
    );
  }

  /** The dates of the programmes these organisations are current members of, from a year back. */
  async entriesFor(organisationIds: readonly string[], since: Date): Promise<CalendarEntry[]> {
    const rows = await this.manager.query<
      {
        uid: string;
        kind: CalendarEntryKind;
        programme_name: string | null;
        label: string;
        on_date: string | null;
        at: Date | null;
        sequence: number;
        updated_at: Date;
      }[]
    >(
      `SELECT e.uid, e.kind, p.name AS programme_name, e.label, e.on_date::text AS on_date, e.at, e.sequence,
              e.updated_at
         FROM calendar_entry e LEFT JOIN known_programme p ON p.id = e.programme_id
        WHERE e.programme_id IN (SELECT m.programme_id FROM programme_member m
                                  WHERE m.organisation_id = ANY($1::uuid[]) AND m.left_on IS NULL)
          AND coalesce(e.at, e.on_date::timestamptz) >= $2
        ORDER BY coalesce(e.at, e.on_date::timestamptz), e.uid`,
      [organisationIds, since],
    );
    return rows.map((row) => ({
      uid: row.uid,
      kind: row.kind,
      programmeName: row.programme_name ?? '',
      label: row.label,
      onDate: row.on_date,
      at: row.at,
      sequence: row.sequence,
      updatedAt: row.updated_at,
    }));
  }

  async feedOf(subject: string): Promise<{ createdAt: Date } | undefined> {
    const [row] = await this.manager.query<{ created_at: Date }[]>(
      `SELECT created_at FROM calendar_feed WHERE subject = $1`,
      [subject],
    );
    return row && { createdAt: row.created_at };
  }

  /** The feed of a token (by its hash) with its person's language (Danish unless they chose English). */
  async feedByHash(tokenHash: string): Promise<FeedRow | undefined> {
    const [row] = await this.manager.query<
      {
        subject: string;
        organisation_ids: string[];
        created_at: Date;
        language: NotificationLanguage | null;
      }[]
    >(
      `SELECT f.subject, f.organisation_ids, f.created_at, u.language
         FROM calendar_feed f LEFT JOIN user_profile u ON u.subject = f.subject
        WHERE f.token_hash = $1`,
      [tokenHash],
    );
    return (
      row && {
        subject: row.subject,
        organisationIds: row.organisation_ids,
        createdAt: row.created_at,
        language: row.language ?? 'da',
      }
    );
  }

  /** Makes the person's feed or gives it a new token; the old token stops working. */
  async renew(
    subject: string,
    tokenHash: string,
    organisationIds: readonly string[],
    now: Date,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO calendar_feed (subject, token_hash, organisation_ids, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject) DO UPDATE SET token_hash = EXCLUDED.token_hash,
         organisation_ids = EXCLUDED.organisation_ids, created_at = EXCLUDED.created_at`,
      [subject, tokenHash, organisationIds, now],
    );
  }

  async revoke(subject: string): Promise<void> {
    await this.manager.query(`DELETE FROM calendar_feed WHERE subject = $1`, [subject]);
  }
}
