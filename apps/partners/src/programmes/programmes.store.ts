import type { EntityManager } from 'typeorm';
import type { ListProgrammesQuery, Page, ProgrammeDto, ProgrammeStatus } from '@samvirke/contracts';
import { escapeLike } from '../organisations/organisations.rules.js';
import { assignments, SqlFilter } from '../sql.js';
import type { GoalRow, NewProgramme, ProgrammeChanges, ProgrammeRecord } from './programmes.rules.js';

interface ProgrammeRow {
  id: string;
  slug: string;
  name: string;
  problem_statement: string;
  vision: string;
  themes: string[];
  start_date: string;
  end_date: string | null;
  status: ProgrammeStatus;
  backbone_organisation_id: string | null;
  created_at: Date;
}

type Goal = ProgrammeDto['goals'][number];

const COLUMNS = `p.id, p.slug, p.name, p.problem_statement, p.vision, p.themes, p.start_date::text AS start_date,
  p.end_date::text AS end_date, p.status, p.backbone_organisation_id, p.created_at`;

/** Columns that an update may change, by their field in UpdateProgramme. */
const CHANGEABLE: Record<keyof ProgrammeChanges, string> = {
  name: 'name',
  problemStatement: 'problem_statement',
  vision: 'vision',
  themes: 'themes',
  startDate: 'start_date',
  endDate: 'end_date',
  status: 'status',
  backboneOrganisationId: 'backbone_organisation_id',
};

/** Programmes and their goals, on the caller's transaction. */
export class ProgrammesStore {
  constructor(private readonly manager: EntityManager) {}

  async insert(programme: NewProgramme): Promise<void> {
    await this.manager.query(
      `INSERT INTO programme (id, slug, name, problem_statement, vision, themes, start_date, end_date, status,
                              backbone_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'planning', $9)`,
      [
        programme.id,
        programme.slug,
        programme.name,
        programme.problemStatement,
        programme.vision,
        programme.themes,
        programme.startDate,
        programme.endDate,
        programme.backboneOrganisationId,
      ],
    );
  }

  async update(id: string, changes: ProgrammeChanges, updatedAt: Date): Promise<void> {
    const set = assignments(changes, CHANGEABLE, 3);
    await this.manager.query(
      `UPDATE programme SET ${[...set.sql, 'updated_at = $2'].join(', ')} WHERE id = $1`,
      [id, updatedAt, ...set.values],
    );
  }

  /** The programme without its goals, if it exists. */
  async find(id: string): Promise<ProgrammeRecord | undefined> {
    const [row] = await this.manager.query<ProgrammeRow[]>(
      `SELECT ${COLUMNS} FROM programme p WHERE p.id = $1`,
      [id],
    );
    return row && toRecord(row);
  }

  /** The programme with its goals; it must exist. */
  async load(id: string): Promise<ProgrammeDto> {
    const programme = await this.find(id);
    if (!programme) throw new Error(`programme ${id} vanished inside its own transaction`);
    const goals = await this.goalsOf([id]);
    return withGoals(programme, goals.get(id) ?? []);
  }

  /**
   * Programmes that any of `organisations` takes part in now (every programme when it is
   * undefined), filtered by status, theme and a search of the agenda's text; ordered by name.
   */
  async list(
    query: ListProgrammesQuery,
    organisations: readonly string[] | undefined,
  ): Promise<Page<ProgrammeDto>> {
    const filter = new SqlFilter();
    if (organisations) {
      filter.where(`EXISTS (SELECT 1 FROM membership m WHERE m.programme_id = p.id AND m.left_on IS NULL
                            AND m.organisation_id = ANY(${filter.param(organisations)}::uuid[]))`);
    }
    if (query.status) filter.where(`p.status = ${filter.param(query.status)}`);
    if (query.theme) filter.where(`${filter.param(query.theme)} = ANY(p.themes)`);
    if (query.q) {
      const q = filter.param(`%${escapeLike(query.q)}%`);
      filter.where(`(p.name ILIKE ${q} OR p.problem_statement ILIKE ${q} OR p.vision ILIKE ${q})`);
    }
    const [count] = await this.manager.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM programme p WHERE ${filter.sql}`,
      filter.params,
    );
    const page = filter.page(query.limit, query.offset);
    const rows = await this.manager.query<ProgrammeRow[]>(
      `SELECT ${COLUMNS} FROM programme p WHERE ${filter.sql} ORDER BY p.name, p.id ${page.sql}`,
      page.params,
    );
    const goals = await this.goalsOf(rows.map((row) => row.id));
    return {
      items: rows.map((row) => withGoals(toRecord(row), goals.get(row.id) ?? [])),
      total: count?.total ?? 0,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** The programme's goals as stored, in no particular order. */
  goals(programmeId: string): Promise<GoalRow[]> {
    return this.manager.query<GoalRow[]>(`SELECT id, title FROM programme_goal WHERE programme_id = $1`, [
      programmeId,
    ]);
  }

  /** Which of these goals any activity serves. */
  async servedGoals(goalIds: readonly string[]): Promise<string[]> {
    const rows = await this.manager.query<{ goal_id: string }[]>(
      `SELECT DISTINCT goal_id FROM activity_goal WHERE goal_id = ANY($1::uuid[])`,
      [goalIds],
    );
    return rows.map((row) => row.goal_id);
  }

  async deleteGoals(goalIds: readonly string[]): Promise<void> {
    await this.manager.query(`DELETE FROM programme_goal WHERE id = ANY($1::uuid[])`, [goalIds]);
  }

  /** Writes the goals with their positions; goals that exist keep their ids and take the new values. */
  async saveGoals(programmeId: string, goals: readonly Goal[]): Promise<void> {
    if (goals.length === 0) return;
    await this.manager.query(
      `INSERT INTO programme_goal (id, programme_id, title, description, position)
       SELECT goal.id, $1, goal.title, goal.description, goal.position
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS goal (id, title, description, position)
       ON CONFLICT (id) DO UPDATE SET programme_id = EXCLUDED.programme_id, title = EXCLUDED.title,
                                      description = EXCLUDED.description, position = EXCLUDED.position`,
      [
        programmeId,
        goals.map((goal) => goal.id),
        goals.map((goal) => goal.title),
        goals.map((goal) => goal.description),
        goals.map((goal) => goal.position),
      ],
    );
  }

  /** The goals of each programme, by position. */
  private async goalsOf(programmeIds: readonly string[]): Promise<Map<string, Goal[]>> {
    const byProgramme = new Map<string, Goal[]>();
    if (programmeIds.length === 0) return byProgramme;
    const rows = await this.manager.query<(Goal & { programme_id: string })[]>(
      `SELECT id, programme_id, title, description, position FROM programme_goal
        WHERE programme_id = ANY($1::uuid[]) ORDER BY position`,
      [programmeIds],
    );
    for (const { programme_id, id, title, description, position } of rows) {
      byProgramme.set(programme_id, [
        ...(byProgramme.get(programme_id) ?? []),
        { id, title, description, position },
      ]);
    }
    return byProgramme;
  }
}

/** The DTO with its fields in the order the API has always sent them. */
function withGoals(programme: ProgrammeRecord, goals: Goal[]): ProgrammeDto {
  const { id, slug, name, problemStatement, vision, ...rest } = programme;
  return { id, slug, name, problemStatement, vision, goals, ...rest };
}

function toRecord(row: ProgrammeRow): ProgrammeRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    problemStatement: row.problem_statement,
    vision: row.vision,
    themes: row.themes,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
    backboneOrganisationId: row.backbone_organisation_id,
    createdAt: row.created_at.toISOString(),
  };
}
