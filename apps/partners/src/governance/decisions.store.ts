import type { EntityManager } from 'typeorm';
import type { ActionItemDto, CreateActionItem, DecisionDto, RecordDecision } from '@samvirke/contracts';

interface DecisionRow {
  id: string;
  programme_id: string;
  meeting_id: string | null;
  title: string;
  text: string;
  decided_on: string;
  goal_ids: string[];
  activity_ids: string[];
  indicator_ids: string[];
  award_ids: string[];
}

interface ActionItemRow {
  id: string;
  programme_id: string;
  meeting_id: string | null;
  title: string;
  owner_organisation_id: string;
  owner_name: string;
  organisation_name: string;
  due_date: string;
  done_at: Date | null;
  reminded_at: Date | null;
}

const ACTION_ITEMS = `SELECT a.id, a.programme_id, a.meeting_id, a.title, a.owner_organisation_id, a.owner_name,
       o.name AS organisation_name, a.due_date::text AS due_date, a.done_at, a.reminded_at
  FROM action_item a JOIN organisation o ON o.id = a.owner_organisation_id`;

/** The decision log and action items, on the caller's transaction. */
export class DecisionsStore {
  constructor(private readonly manager: EntityManager) {}

  async insertDecision(id: string, programmeId: string, decision: RecordDecision): Promise<void> {
    const { meetingId, title, text, decidedOn, links } = decision;
    await this.manager.query(
      `INSERT INTO decision (id, programme_id, meeting_id, title, text, decided_on, goal_ids, activity_ids,
                             indicator_ids, award_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        programmeId,
        meetingId,
        title,
        text,
        decidedOn,
        links.goalIds,
        links.activityIds,
        links.indicatorIds,
        links.awardIds,
      ],
    );
  }

  /** The log, newest first; of one decision, or of those linked to a goal or an activity. */
  async decisions(
    programmeId: string,
    filter: { id?: string; goalId?: string; activityId?: string },
  ): Promise<DecisionDto[]> {
    const rows = await this.manager.query<DecisionRow[]>(
      `SELECT id, programme_id, meeting_id, title, text, decided_on::text AS decided_on, goal_ids, activity_ids,
              indicator_ids, award_ids
         FROM decision
        WHERE programme_id = $1 AND ($2::uuid IS NULL OR id = $2)
          AND ($3::uuid IS NULL OR $3 = ANY(goal_ids)) AND ($4::uuid IS NULL OR $4 = ANY(activity_ids))
        ORDER BY decided_on DESC, created_at DESC`,
      [programmeId, filter.id ?? null, filter.goalId ?? null, filter.activityId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      meetingId: row.meeting_id,
      title: row.title,
      text: row.text,
      decidedOn: row.decided_on,
      links: {
        goalIds: row.goal_ids,
        activityIds: row.activity_ids,
        indicatorIds: row.indicator_ids,
        awardIds: row.award_ids,
      },
    }));
  }

  async insertActionItem(id: string, programmeId: string, item: CreateActionItem): Promise<void> {
    const { meetingId, title, ownerOrganisationId, ownerName, dueDate } = item;
    await this.manager.query(
      `INSERT INTO action_item (id, programme_id, meeting_id, title, owner_organisation_id, owner_name, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, programmeId, meetingId, title, ownerOrganisationId, ownerName, dueDate],
    );
  }

  async complete(programmeId: string, id: string, now: Date): Promise<void> {
    await this.manager.query(
      `UPDATE action_item SET done_at = coalesce(done_at, $3) WHERE programme_id = $1 AND id = $2`,
      [programmeId, id, now],
    );
  }

  async actionItems(programmeId: string, id?: string): Promise<ActionItemDto[]> {
    const rows = await this.manager.query<ActionItemRow[]>(
      `${ACTION_ITEMS} WHERE a.programme_id = $1 AND ($2::uuid IS NULL OR a.id = $2)`,
      [programmeId, id ?? null],
    );
    return rows.map(toActionItem);
  }

  /** Open, unreminded items due on or before the horizon, locked so one round reminds each once. */
  async dueForReminder(horizon: string): Promise<ActionItemDto[]> {
    const rows = await this.manager.query<ActionItemRow[]>(
      `${ACTION_ITEMS} WHERE a.done_at IS NULL AND a.reminded_at IS NULL AND a.due_date <= $1
        ORDER BY a.due_date LIMIT 100 FOR UPDATE OF a SKIP LOCKED`,
      [horizon],
    );
    return rows.map(toActionItem);
  }

  async markReminded(id: string, now: Date): Promise<void> {
    await this.manager.query(`UPDATE action_item SET reminded_at = $2 WHERE id = $1`, [id, now]);
  }
}

function toActionItem(row: ActionItemRow): ActionItemDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    meetingId: row.meeting_id,
    title: row.title,
    ownerOrganisationId: row.owner_organisation_id,
    ownerOrganisationName: row.organisation_name,
    ownerName: row.owner_name,
    dueDate: row.due_date,
    doneAt: row.done_at?.toISOString() ?? null,
    remindedAt: row.reminded_at?.toISOString() ?? null,
  };
}
