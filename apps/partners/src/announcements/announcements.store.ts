import type { EntityManager } from 'typeorm';
import type { AnnouncementReceipts, MembershipRole } from '@samvirke/contracts';
import type { AnnouncementRecord, Member } from './announcements.rules.js';

interface AnnouncementRow {
  id: string;
  programme_id: string;
  title: string;
  body: string;
  audience_organisations: string[];
  audience_roles: MembershipRole[];
  author_organisation_id: string;
  author_name: string;
  author_username: string | null;
  publish_at: Date;
  published_at: Date | null;
  created_at: Date;
  recipients: string[] | null;
}

const SELECT = `SELECT a.id, a.programme_id, a.title, a.body, a.audience_organisations, a.audience_roles,
       a.author_organisation_id, o.name AS author_name, a.author_username, a.publish_at, a.published_at,
       a.created_at,
       (SELECT array_agg(r.organisation_id ORDER BY r.organisation_id) FROM announcement_recipient r
         WHERE r.announcement_id = a.id) AS recipients
  FROM announcement a JOIN organisation o ON o.id = a.author_organisation_id`;

/** Announcements, their recipients and read receipts, on the caller's transaction. */
export class AnnouncementsStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(record: AnnouncementRecord, publishAt: Date): Promise<void> {
    await this.manager.query(
      `INSERT INTO announcement (id, programme_id, title, body, audience_organisations, audience_roles,
                                 author_organisation_id, author_username, publish_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        record.id,
        record.programmeId,
        record.title,
        record.body,
        record.audience.organisationIds,
        record.audience.roles,
        record.authorOrganisationId,
        record.authorUsername,
        publishAt,
        new Date(record.createdAt),
      ],
    );
  }

  /** Marks it published with the organisations it went to. */
  async publish(id: string, recipients: readonly string[], publishedAt: Date): Promise<void> {
    await this.manager.query(`UPDATE announcement SET published_at = $2 WHERE id = $1`, [id, publishedAt]);
    await this.manager.query(
      `INSERT INTO announcement_recipient (announcement_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
      [id, recipients],
    );
  }

  async find(programmeId: string, id: string): Promise<AnnouncementRecord | undefined> {
    const [row] = await this.manager.query<AnnouncementRow[]>(
      `${SELECT} WHERE a.programme_id = $1 AND a.id = $2`,
      [programmeId, id],
    );
    return row && toRecord(row);
  }

  /** The programme's announcements, newest first: all of them, or the published ones that reached these organisations. */
  async list(programmeId: string, readers: readonly string[] | 'all'): Promise<AnnouncementRecord[]> {
    const rows =
      readers === 'all'
        ? await this.manager.query<AnnouncementRow[]>(
            `${SELECT} WHERE a.programme_id = $1 ORDER BY a.publish_at DESC, a.created_at DESC`,
            [programmeId],
          )
        : await this.manager.query<AnnouncementRow[]>(
            `${SELECT} WHERE a.programme_id = $1 AND a.published_at IS NOT NULL
                AND EXISTS (SELECT 1 FROM announcement_recipient r
                             WHERE r.announcement_id = a.id AND r.organisation_id = ANY($2::uuid[]))
              ORDER BY a.publish_at DESC, a.created_at DESC`,
            [programmeId, readers],
          );
    return rows.map(toRecord);
  }

  /** Scheduled announcements whose time has come, locked so that one round publishes each. */
  async due(now: Date): Promise<{ id: string; programme_id: string }[]> {
    return this.manager.query(
      `SELECT id, programme_id FROM announcement WHERE published_at IS NULL AND publish_at <= $1
        ORDER BY publish_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      [now],
    );
  }

  /** The programme's current members and their roles. */
  async currentMembers(programmeId: string): Promise<Member[]> {
    const rows = await this.manager.query<{ organisation_id: string; roles: MembershipRole[] }[]>(
      `SELECT organisation_id, roles FROM membership WHERE programme_id = $1 AND left_on IS NULL`,
      [programmeId],
    );
    return rows.map((row) => ({ organisationId: row.organisation_id, roles: row.roles }));
  }

  /** When this user read each of these announcements. */
  async readsOf(username: string | undefined, ids: readonly string[]): Promise<Map<string, string>> {
    if (!username || ids.length === 0) return new Map();
    const rows = await this.manager.query<{ announcement_id: string; read_at: Date }[]>(
      `SELECT announcement_id, read_at FROM announcement_read WHERE username = $1 AND announcement_id = ANY($2::uuid[])`,
      [username, ids],
    );
    return new Map(rows.map((row) => [row.announcement_id, row.read_at.toISOString()]));
  }

  /** Records the first reading; a later one keeps the first time. Answers when it was read. */
  async recordRead(id: string, username: string, organisationId: string, now: Date): Promise<string> {
    await this.manager.query(
      `INSERT INTO announcement_read (announcement_id, username, organisation_id, read_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (announcement_id, username) DO NOTHING`,
      [id, username, organisationId, now],
    );
    const reads = await this.readsOf(username, [id]);
    return reads.get(id) ?? now.toISOString();
  }

  /** Per recipient organisation (by name) its readers, first to read first. */
  async receipts(id: string): Promise<AnnouncementReceipts['organisations']> {
    const rows = await this.manager.query<
      { organisation_id: string; name: string; username: string | null; read_at: Date | null }[]
    >(
      `SELECT r.organisation_id, o.name, rd.username, rd.read_at
         FROM announcement_recipient r
         JOIN organisation o ON o.id = r.organisation_id
         LEFT JOIN announcement_read rd ON rd.announcement_id = r.announcement_id
                                       AND rd.organisation_id = r.organisation_id
        WHERE r.announcement_id = $1
        ORDER BY o.name, rd.read_at`,
      [id],
    );
    const byOrganisation = new Map<string, AnnouncementReceipts['organisations'][number]>();
    for (const row of rows) {
      const entry = byOrganisation.get(row.organisation_id) ?? {
        organisationId: row.organisation_id,
        organisationName: row.name,
        readers: [],
      };
      if (row.username && row.read_at)
        entry.readers.push({ username: row.username, readAt: row.read_at.toISOString() });
      byOrganisation.set(row.organisation_id, entry);
    }
    return [...byOrganisation.values()];
  }
}

function toRecord(row: AnnouncementRow): AnnouncementRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    title: row.title,
    body: row.body,
    audience: { organisationIds: row.audience_organisations, roles: row.audience_roles },
    authorOrganisationId: row.author_organisation_id,
    authorName: row.author_name,
    authorUsername: row.author_username,
    publishAt: row.publish_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    recipientOrganisationIds: row.recipients ?? [],
  };
}
