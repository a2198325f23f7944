import type { EntityManager } from 'typeorm';
import type { ListMembershipsQuery, MembershipDto, MembershipRole, Page } from '@samvirke/contracts';
import { SqlFilter } from '../sql.js';
import type { MembershipRecord } from './memberships.rules.js';

interface MembershipRow {
  id: string;
  programme_id: string;
  organisation_id: string;
  roles: MembershipRole[];
  joined_on: string;
  left_on: string | null;
}

const COLUMNS = `m.id, m.programme_id, m.organisation_id, m.roles, m.joined_on::text AS joined_on,
  m.left_on::text AS left_on`;

/**
 * An organisation's part in a programme for a period. Rows are never overwritten: a change of
 * roles ends the current row (left_on) and starts a new one, so the history stays.
 */
export class MembershipsStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(membership: MembershipRecord): Promise<void> {
    const { id, programmeId, organisationId, roles, joinedOn, leftOn } = membership;
    await this.manager.query(
      `INSERT INTO membership (id, programme_id, organisation_id, roles, joined_on, left_on)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, programmeId, organisationId, roles, joinedOn, leftOn],
    );
  }

  async end(membershipId: string, leftOn: string): Promise<void> {
    await this.manager.query(`UPDATE membership SET left_on = $2 WHERE id = $1`, [membershipId, leftOn]);
  }

  /** The organisation's current membership, locked until the transaction ends. */
  async lockCurrent(programmeId: string, organisationId: string): Promise<MembershipRecord | undefined> {
    const [row] = await this.manager.query<MembershipRow[]>(
      `SELECT ${COLUMNS} FROM membership m
        WHERE m.programme_id = $1 AND m.organisation_id = $2 AND m.left_on IS NULL FOR UPDATE`,
      [programmeId, organisationId],
    );
    return row && toRecord(row);
  }

  /** Whether the organisation is a member now (holding `role`, when one is named). */
  async isCurrentMember(
    programmeId: string,
    organisationId: string,
    role?: MembershipRole,
  ): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `SELECT 1 FROM membership WHERE programme_id = $1 AND organisation_id = $2 AND left_on IS NULL` +
        (role ? ` AND $3 = ANY(roles)` : ''),
      role ? [programmeId, organisationId, role] : [programmeId, organisationId],
    );
    return rows.length > 0;
  }

  /** The roles of each current membership that any of these organisations holds in the programme. */
  async currentRoles(programmeId: string, organisationIds: readonly string[]): Promise<MembershipRole[][]> {
    const rows = await this.manager.query<{ roles: MembershipRole[] }[]>(
      `SELECT roles FROM membership WHERE programme_id = $1 AND left_on IS NULL AND organisation_id = ANY($2::uuid[])`,
      [programmeId, organisationIds],
    );
    return rows.map((row) => row.roles);
  }

  /** The members (with history unless asked otherwise), by organisation name and then by time. */
  async list(programmeId: string, query: ListMembershipsQuery): Promise<Page<MembershipDto>> {
    const filter = new SqlFilter();
    filter.where(`m.programme_id = ${filter.param(programmeId)}`);
    if (query.history === 'false') filter.where('m.left_on IS NULL');
    if (query.role) filter.where(`${filter.param(query.role)} = ANY(m.roles)`);
    const [count] = await this.manager.query<{ total: string }[]>(
      `SELECT count(*)::text AS total FROM membership m WHERE ${filter.sql}`,
      filter.params,
    );
    const page = filter.page(query.limit, query.offset);
    const rows = await this.manager.query<(MembershipRow & { organisation_name: string })[]>(
      `SELECT ${COLUMNS}, o.name AS organisation_name
         FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE ${filter.sql}
        ORDER BY o.name, m.joined_on, m.created_at ${page.sql}`,
      page.params,
    );
    return {
      items: rows.map(({ organisation_name: organisationName, ...row }) => {
        const { id, programmeId, organisationId, ...period } = toRecord(row);
        return { id, programmeId, organisationId, organisationName, ...period };
      }),
      total: Number(count?.total ?? 0),
      limit: query.limit,
      offset: query.offset,
    };
  }
}

function toRecord(row: MembershipRow): MembershipRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    roles: row.roles,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
  };
}
