import type { EntityManager } from 'typeorm';
import type { ListOrganisationsQuery, OrganisationDto, OrganisationType, Page } from '@samvirke/contracts';
import { assignments, SqlFilter } from '../sql.js';
import type { HierarchyNode } from './organisation-hierarchy.rules.js';
import { escapeLike, type NewOrganisation, type OrganisationChanges } from './organisations.rules.js';

interface HierarchyRow {
  id: string;
  name: string;
  type: OrganisationType;
  archived: boolean;
  parent_id: string | null;
}

interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  cvr: string | null;
  kommunekode: string | null;
  region_code: string | null;
  parent_id: string | null;
  contact_email: string | null;
  website: string | null;
  archived: boolean;
  created_at: Date;
  updated_at: Date;
}

/** An organisation with the time of its last change, which the organisation.updated event carries. */
export interface StoredOrganisation {
  readonly organisation: OrganisationDto;
  readonly updatedAt: Date;
}

const COLUMNS = `id, name, type, cvr, kommunekode, region_code, parent_id, contact_email, website, archived, created_at, updated_at`;

/** Columns that an update may change, by their field in UpdateOrganisation. */
const CHANGEABLE: Record<keyof OrganisationChanges, string> = {
  name: 'name',
  cvr: 'cvr',
  contactEmail: 'contact_email',
  website: 'website',
  archived: 'archived',
  parentOrganisationId: 'parent_id',
};

/** The organisation table, on the caller's transaction. */
export class OrganisationsStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(organisation: NewOrganisation): Promise<OrganisationDto> {
    const [row] = await this.manager.query<OrganisationRow[]>(
      `INSERT INTO organisation (id, name, type, cvr, kommunekode, region_code, contact_email, website, archived, parent_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9)
       RETURNING ${COLUMNS}`,
      [
        organisation.id,
        organisation.name,
        organisation.type,
        organisation.cvr,
        organisation.kommunekode,
        organisation.regionCode,
        organisation.contactEmail,
        organisation.website,
        organisation.parentOrganisationId,
      ],
    );
    return toDto(row);
  }

  async find(id: string): Promise<OrganisationDto | undefined> {
    const [row] = await this.manager.query<OrganisationRow[]>(
      `SELECT ${COLUMNS} FROM organisation WHERE id = $1`,
      [id],
    );
    return row && toDto(row);
  }

  async exists(id: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(`SELECT 1 FROM organisation WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** Reads the organisation and locks its row until the transaction ends. */
  async lock(id: string): Promise<StoredOrganisation | undefined> {
    const [row] = await this.manager.query<OrganisationRow[]>(
      `SELECT ${COLUMNS} FROM organisation WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row && stored(row);
  }

  /**
   * The organisation and its ancestors, itself first, up to the root. Bounded, so that a cycle
   * (which the rules prevent) could never make it run away.
   */
  async chain(id: string): Promise<HierarchyNode[]> {
    const rows = await this.manager.query<(HierarchyRow & { depth: number })[]>(
      `WITH RECURSIVE up AS (
         SELECT id, name, type, archived, parent_id, 0 AS depth FROM organisation WHERE id = $1
         UNION ALL
         SELECT o.id, o.name, o.type, o.archived, o.parent_id, up.depth + 1
           FROM organisation o JOIN up ON o.id = up.parent_id WHERE up.depth < 10)
       SELECT * FROM up ORDER BY depth`,
      [id],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      type: row.type,
      archived: row.archived,
      parentOrganisationId: row.parent_id,
    }));
  }

  /** How many levels of sub-units are below the organisation (0 when it has none). */
  async height(id: string): Promise<number> {
    const [row] = await this.manager.query<{ height: number }[]>(
      `WITH RECURSIVE down AS (
         SELECT id, 0 AS depth FROM organisation WHERE id = $1
         UNION ALL
         SELECT o.id, down.depth + 1 FROM organisation o JOIN down ON o.parent_id = down.id WHERE down.depth < 10)
       SELECT max(depth)::int AS height FROM down`,
      [id],
    );
    return row?.height ?? 0;
  }

  /** Writes the changed fields, stamping the change time and the row version. */
  async update(id: string, changes: OrganisationChanges): Promise<StoredOrganisation> {
    const set = assignments(changes, CHANGEABLE, 2);
    // UPDATE … RETURNING answers [rows, affected] through TypeORM.
    const [[row]] = await this.manager.query<[OrganisationRow[], number]>(
      `UPDATE organisation SET ${[...set.sql, 'updated_at = now()', 'version = version + 1'].join(', ')}
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, ...set.values],
    );
    return stored(row);
  }

  /** The directory page: filters, a search on name (or an exact CVR), ordered by name. */
  async list(query: ListOrganisationsQuery): Promise<Page<OrganisationDto>> {
    const filter = new SqlFilter();
    if (query.type) filter.where(`type = ${filter.param(query.type)}`);
    if (query.kommunekode) filter.where(`kommunekode = ${filter.param(query.kommunekode)}`);
    if (query.parent) filter.where(`parent_id = ${filter.param(query.parent)}`);
    if (query.archived) filter.where(`archived = ${filter.param(query.archived === 'true')}`);
    if (query.q) {
      const like = filter.param(`%${escapeLike(query.q)}%`);
      filter.where(`(name ILIKE ${like} OR cvr = ${filter.param(query.q)})`);
    }
    const [count] = await this.manager.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM organisation WHERE ${filter.sql}`,
      filter.params,
    );
    const page = filter.page(query.limit, query.offset);
    const rows = await this.manager.query<OrganisationRow[]>(
      `SELECT ${COLUMNS} FROM organisation WHERE ${filter.sql} ORDER BY name ASC, id ASC ${page.sql}`,
      page.params,
    );
    return { items: rows.map(toDto), total: count?.total ?? 0, limit: query.limit, offset: query.offset };
  }
}

function stored(row: OrganisationRow): StoredOrganisation {
  return { organisation: toDto(row), updatedAt: row.updated_at };
}

function toDto(row: OrganisationRow): OrganisationDto {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    cvr: row.cvr,
    kommunekode: row.kommunekode,
    regionCode: row.region_code,
    parentOrganisationId: row.parent_id,
    contactEmail: row.contact_email,
    website: row.website,
    archived: row.archived,
    createdAt: row.created_at.toISOString(),
  };
}
