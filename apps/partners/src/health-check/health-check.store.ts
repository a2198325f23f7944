import type { EntityManager } from 'typeorm';
import type { HealthCheckActionDto, RecordHealthCheckAction } from '@samvirke/contracts';
import type { ItemTally, RoundRecord } from './health-check.rules.js';

interface RoundRow {
  id: string;
  programme_id: string;
  title: string;
  opens_on: string;
  closes_on: string;
  closed_at: Date | null;
  item_set_version: number;
  min_responses: number;
  response_count: number;
}

const ROUNDS = `SELECT r.id, r.programme_id, r.title, r.opens_on::text, r.closes_on::text, r.closed_at,
       r.item_set_version, r.min_responses,
       (SELECT count(*)::int FROM health_check_response a WHERE a.round_id = r.id) AS response_count
  FROM health_check_round r`;

const toRound = (row: RoundRow): RoundRecord => ({
  id: row.id,
  programmeId: row.programme_id,
  title: row.title,
  opensOn: row.opens_on,
  closesOn: row.closes_on,
  closedAt: row.closed_at?.toISOString() ?? null,
  itemSetVersion: row.item_set_version,
  minResponses: row.min_responses,
  responseCount: row.response_count,
});

interface ActionRow {
  id: string;
  programme_id: string;
  round_id: string | null;
  condition: HealthCheckActionDto['condition'];
  text: string;
  owner_organisation_id: string;
  owner_organisation_name: string;
  owner_name: string;
  due_date: string;
  recorded_at: Date;
}

/**
 * Rounds, the anonymous responses, who has answered and the follow-up actions, on the caller's
 * transaction. A response row holds the round and the answers only; who answered is a row of
 * health_check_respondent that nothing joins to it.
 */
export class HealthCheckStore {
  constructor(private readonly manager: EntityManager) {}

  async insertRound(round: Omit<RoundRecord, 'closedAt' | 'responseCount'>): Promise<void> {
    await this.manager.query(
      `INSERT INTO health_check_round (id, programme_id, title, opens_on, closes_on, item_set_version, min_responses)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        round.id,
        round.programmeId,
        round.title,
        round.opensOn,
        round.closesOn,
        round.itemSetVersion,
        round.minResponses,
      ],
    );
  }

  /** The programme's rounds, newest first (or one of them), locked for the caller's transaction when asked. */
  async rounds(programmeId: string, roundId?: string, lock = false): Promise<RoundRecord[]> {
    const rows = await this.manager.query<RoundRow[]>(
      `${ROUNDS} WHERE r.programme_id = $1 AND ($2::uuid IS NULL OR r.id = $2)
        ORDER BY r.opens_on DESC, r.created_at DESC${lock ? ' FOR UPDATE OF r' : ''}`,
      [programmeId, roundId ?? null],
    );
    return rows.map(toRound);
  }

  /** Which of the rounds the person has answered. */
  async answeredBy(subject: string, roundIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.manager.query<{ round_id: string }[]>(
      `SELECT round_id FROM health_check_respondent WHERE subject = $1 AND round_id = ANY ($2::uuid[])`,
      [subject, roundIds],
    );
    return new Set(rows.map((row) => row.round_id));
  }

  /** Marks the person as having answered; false when they already had (the primary key decides, even under races). */
  async markAnswered(roundId: string, subject: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `INSERT INTO health_check_respondent (round_id, subject) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING round_id`,
      [roundId, subject],
    );
    return rows.length > 0;
  }

  async insertResponse(roundId: string, answers: Record<string, number>): Promise<void> {
    await this.manager.query(`INSERT INTO health_check_response (round_id, answers) VALUES ($1, $2)`, [
      roundId,
      JSON.stringify(answers),
    ]);
  }

  /**
   * Closes a round and writes its responses anew, in random order with new ids, in this one
   * transaction: afterwards no system column (xmin, ctid) or order of the rows pairs a response
   * with the respondent row written beside it (docs/privacy.md).
   */
  async close(roundId: string, at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE health_check_round SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL`,
      [roundId, at],
    );
    await this.manager.query(
      `WITH gone AS (DELETE FROM health_check_response WHERE round_id = $1 RETURNING answers)
       INSERT INTO health_check_response (round_id, answers) SELECT $1, answers FROM gone ORDER BY random()`,
      [roundId],
    );
  }

  /** Rounds past their closing date (Danish `today`) that are not closed yet, locked, skipping those another replica holds. */
  async dueToClose(today: string): Promise<RoundRecord[]> {
    const rows = await this.manager.query<RoundRow[]>(
      `${ROUNDS} WHERE r.closed_at IS NULL AND r.closes_on < $1 ORDER BY r.closes_on FOR UPDATE OF r SKIP LOCKED`,
      [today],
    );
    return rows.map(toRound);
  }

  /** How many answers each item got of each value, per round: the only way answers leave the table. */
  async tallies(roundIds: readonly string[]): Promise<ItemTally[]> {
    const rows = await this.manager.query<
      { round_id: string; item_id: string; value: number; count: number }[]
    >(
      `SELECT r.round_id, a.key AS item_id, a.value::text::int AS value, count(*)::int AS count
         FROM health_check_response r, jsonb_each(r.answers) a
        WHERE r.round_id = ANY ($1::uuid[])
        GROUP BY r.round_id, a.key, a.value::text::int`,
      [roundIds],
    );
    return rows.map((row) => ({
      roundId: row.round_id,
      itemId: row.item_id,
      value: row.value,
      count: row.count,
    }));
  }

  async memberIds(programmeId: string): Promise<string[]> {
    const rows = await this.manager.query<{ organisation_id: string }[]>(
      `SELECT organisation_id FROM membership WHERE programme_id = $1 AND left_on IS NULL`,
      [programmeId],
    );
    return rows.map((row) => row.organisation_id);
  }

  async insertAction(id: string, programmeId: string, action: RecordHealthCheckAction): Promise<void> {
    const { roundId, condition, text, ownerOrganisationId, ownerName, dueDate } = action;
    await this.manager.query(
      `INSERT INTO health_check_action (id, programme_id, round_id, condition, text, owner_organisation_id, owner_name, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, programmeId, roundId, condition, text, ownerOrganisationId, ownerName, dueDate],
    );
  }

  async actions(programmeId: string, actionId?: string): Promise<HealthCheckActionDto[]> {
    const rows = await this.manager.query<ActionRow[]>(
      `SELECT a.id, a.programme_id, a.round_id, a.condition, a.text, a.owner_organisation_id,
              o.name AS owner_organisation_name, a.owner_name, a.due_date::text, a.recorded_at
         FROM health_check_action a JOIN organisation o ON o.id = a.owner_organisation_id
        WHERE a.programme_id = $1 AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY a.due_date, a.recorded_at`,
      [programmeId, actionId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      roundId: row.round_id,
      condition: row.condition,
      text: row.text,
      ownerOrganisationId: row.owner_organisation_id,
      ownerOrganisationName: row.owner_organisation_name,
      ownerName: row.owner_name,
      dueDate: row.due_date,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }
}
