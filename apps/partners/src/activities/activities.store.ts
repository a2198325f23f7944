import type { EntityManager } from 'typeorm';
import type { ActivityDto } from '@samvirke/contracts';
import { assignments, SqlFilter } from '../sql.js';
import type { ActivityChanges, ActivityFilter, ActivityRecord, GoalMapRow } from './activities.rules.js';

interface ActivityRow {
  id: string;
  programme_id: string;
  organisation_id: string;
  title: string;
  description: string;
  status: ActivityDto['status'];
  start_date: string | null;
  end_date: string | null;
}

const COLUMNS = `a.id, a.programme_id, a.organisation_id, a.title, a.description, a.status,
  a.start_date::text AS start_date, a.end_date::text AS end_date`;

/** Columns that an update may change, by their field in UpdateActivity. */
const CHANGEABLE: Record<keyof ActivityChanges, string> = {
  title: 'title',
  description: 'description',
  status: 'status',
  startDate: 'start_date',
  endDate: 'end_date',
};

/** Members' activities and the goals each serves (activity_goal), on the caller's transaction. */
export class ActivitiesStore {
  constructor(private readonly manager: EntityManager) {}

  /** Writes the activity and answers the time it was stored (updated_at). */
  async insert(activity: ActivityRecord): Promise<Date> {
    const { id, programmeId, organisationId, title, description, status, startDate, endDate } = activity;
    const [row] = await this.manager.query<{ updated_at: Date }[]>(
      `INSERT INTO activity (id, programme_id, organisation_id, title, description, status, start_date, end_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING updated_at`,
      [id, programmeId, organisationId, title, description, status, startDate, endDate],
    );
    return row.updated_at;
  }

  async update(id: string, changes: ActivityChanges, updatedAt: Date): Promise<void> {
    const set = assignments(changes, CHANGEABLE, 3);
    await this.manager.query(
      `UPDATE activity SET ${[...set.sql, 'updated_at = $2'].join(', ')} WHERE id = $1`,
      [id, updatedAt, ...set.values],
    );
  }

  async find(programmeId: string, activityId: string): Promise<ActivityRecord | undefined> {
    const [row] = await this.manager.query<ActivityRow[]>(
      `SELECT ${COLUMNS} FROM activity a WHERE a.id = $1 AND a.programme_id = $2`,
      [activityId, programmeId],
    );
    return row && toRecord(row);
  }

  /** The programme's activities, by title, with the goals each serves. */
  async list(programmeId: string, filter: ActivityFilter): Promise<ActivityDto[]> {
    const where = new SqlFilter();
    where.where(`a.programme_id = ${where.param(programmeId)}`);
    if (filter.organisationId) where.where(`a.organisation_id = ${where.param(filter.organisationId)}`);
    if (filter.goalId) {
      where.where(
        `EXISTS (SELECT 1 FROM activity_goal ag WHERE ag.activity_id = a.id AND ag.goal_id = ${where.param(filter.goalId)})`,
      );
    }
    const rows = await this.manager.query<ActivityRow[]>(
      `SELECT ${COLUMNS} FROM activity a WHERE ${where.sql} ORDER BY a.title`,
      where.params,
    );
    const goals = await this.goalsOf(rows.map((row) => row.id));
    return rows.map((row) => ({ ...toRecord(row), goalIds: goals.get(row.id) ?? [] }));
  }

  /** Which of these ids are goals of the programme. */
  async goalsOfProgramme(programmeId: string, goalIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM programme_goal WHERE programme_id = $1 AND id = ANY($2::uuid[])`,
      [programmeId, goalIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async linkGoals(activityId: string, goalIds: readonly string[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO activity_goal (activity_id, goal_id) SELECT $1, unnest($2::uuid[])`,
      [activityId, goalIds],
    );
  }

  async unlinkGoals(activityId: string): Promise<void> {
    await this.manager.query(`DELETE FROM activity_goal WHERE activity_id = $1`, [activityId]);
  }

  /** The goals each activity serves, in the order of the programme's goals. */
  async goalsOf(activityIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { activity_id: string; goal_ids: string[] }[] = activityIds.length
      ? await this.manager.query(
          `SELECT ag.activity_id, array_agg(ag.goal_id ORDER BY g.position) AS goal_ids
             FROM activity_goal ag JOIN programme_goal g ON g.id = ag.goal_id
            WHERE ag.activity_id = ANY($1::uuid[]) GROUP BY ag.activity_id`,
          [activityIds],
        )
      : [];
    return new Map(rows.map((row) => [row.activity_id, row.goal_ids]));
  }

  /** Per goal (by position) and organisation (by name): the activities, bar cancelled ones, that serve it. */
  goalMapRows(programmeId: string): Promise<GoalMapRow[]> {
    return this.manager.query<GoalMapRow[]>(
      `SELECT g.id AS goal_id, g.title, a.organisation_id, o.name AS organisation_name,
                array_agg(a.id ORDER BY a.title) FILTER (WHERE a.id IS NOT NULL) AS activity_ids
           FROM programme_goal g
           LEFT JOIN activity_goal ag ON ag.goal_id = g.id
           LEFT JOIN activity a ON a.id = ag.activity_id AND a.status <> 'cancelled'
           LEFT JOIN organisation o ON o.id = a.organisation_id
          WHERE g.programme_id = $1
          GROUP BY g.id, g.title, g.position, a.organisation_id, o.name
          ORDER BY g.position, o.name`,
      [programmeId],
    );
  }
}

function toRecord(row: ActivityRow): ActivityRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    title: row.title,
    description: row.description,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}
