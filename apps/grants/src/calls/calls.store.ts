import type { EntityManager } from 'typeorm';
import type { CreateGrantCall, GrantCallDto, OpenCallDto, OrganisationType } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { ore } from '../access/grants-access.js';
import { callStatus, type Applicant } from './calls.rules.js';

export interface CallRow {
  id: string;
  programme_id: string;
  funder_organisation_id: string;
  title: string;
  description: string;
  budget_ore: string;
  awarded_ore: string;
  opens_at: Date;
  closes_at: Date;
  eligible_types: OrganisationType[];
  criteria: GrantCallDto['criteria'];
  report_sections: GrantCallDto['reportSections'];
}

/** An open call with the names an applicant from outside the programme needs. */
export interface OpenCallRow extends CallRow {
  programme_name: string;
  funder_name: string | null;
}

export function toOpenCallDto(row: OpenCallRow, now = new Date()): OpenCallDto {
  return { ...toCallDto(row, now), programmeName: row.programme_name, funderName: row.funder_name };
}

/** A call whose opening or closing is due and not yet announced. */
export interface DueAnnouncement {
  id: string;
  open: boolean;
  close: boolean;
}

const SELECT_CALL = `SELECT c.id, c.programme_id, c.funder_organisation_id, c.title, c.description, c.budget_ore,
  (SELECT coalesce(sum(a.amount_ore), 0)::text FROM award a WHERE a.call_id = c.id AND a.status <> 'declined') AS awarded_ore,
  c.opens_at, c.closes_at, c.eligible_types, c.criteria, c.report_sections FROM grant_call c`;

export function toCallDto(row: CallRow, now = new Date()): GrantCallDto {
  return {
    id: row.id,
    programmeId: row.programme_id,
    funderOrganisationId: row.funder_organisation_id,
    title: row.title,
    description: row.description,
    budgetOre: ore(row.budget_ore),
    awardedOre: ore(row.awarded_ore),
    opensAt: row.opens_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    status: callStatus(row, now),
    eligibleOrganisationTypes: row.eligible_types,
    criteria: row.criteria,
    reportSections: row.report_sections,
  };
}

/** Grant calls, with what is awarded of each budget (a declined award gives its amount back). */
export class CallsStore {
  constructor(private readonly manager: EntityManager) {}

  async find(callId: string): Promise<CallRow | undefined> {
    const [row] = await this.manager.query<CallRow[]>(`${SELECT_CALL} WHERE c.id = $1`, [callId]);
    return row;
  }

  async load(callId: string): Promise<CallRow> {
    const row = await this.find(callId);
    if (!row) throw new DomainError('not-found', `No grant call ${callId}.`);
    return row;
  }

  ofProgramme(programmeId: string): Promise<CallRow[]> {
    return this.manager.query<CallRow[]>(
      `${SELECT_CALL} WHERE c.programme_id = $1 ORDER BY c.opens_at, c.id`,
      [programmeId],
    );
  }

  /** Every call open now, in a programme grants knows, soonest closing first. */
  open(now: Date): Promise<OpenCallRow[]> {
    return this.manager.query<OpenCallRow[]>(
      `SELECT o.*, p.name AS programme_name, f.name AS funder_name
         FROM (${SELECT_CALL} WHERE c.opens_at <= $1 AND c.closes_at > $1) o
         JOIN known_programme p ON p.id = o.programme_id
         LEFT JOIN known_organisation f ON f.id = o.funder_organisation_id
        ORDER BY o.closes_at, o.id`,
      [now],
    );
  }

  /** The given organisations as grants knows them (those it has not heard of are left out). */
  organisations(ids: readonly string[]): Promise<Applicant[]> {
    return this.manager.query<Applicant[]>(
      `SELECT id, type, archived FROM known_organisation WHERE id::text = ANY($1::text[])`,
      [ids],
    );
  }

  async insert(
    id: string,
    programmeId: string,
    command: CreateGrantCall,
    criteria: GrantCallDto['criteria'],
    createdBy: string,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO grant_call (id, programme_id, funder_organisation_id, title, description, budget_ore, opens_at,
                               closes_at, eligible_types, criteria, created_by, report_sections)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        id,
        programmeId,
        command.funderOrganisationId,
        command.title,
        command.description,
        command.budgetOre,
        command.opensAt,
        command.closesAt,
        command.eligibleOrganisationTypes,
        JSON.stringify(criteria),
        createdBy,
        JSON.stringify(command.reportSections),
      ],
    );
  }

  /** Locked, skipping calls another transaction is announcing. */
  dueAnnouncements(now: Date): Promise<DueAnnouncement[]> {
    return this.manager.query<DueAnnouncement[]>(
      `SELECT id, (NOT opened_announced AND opens_at <= $1) AS open, (NOT closed_announced AND closes_at <= $1) AS close
         FROM grant_call WHERE (NOT opened_announced AND opens_at <= $1) OR (NOT closed_announced AND closes_at <= $1)
        ORDER BY opens_at FOR UPDATE SKIP LOCKED`,
      [now],
    );
  }

  async submittedApplications(callId: string): Promise<number> {
    const [count] = await this.manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM application WHERE call_id = $1 AND submitted_at IS NOT NULL`,
      [callId],
    );
    return count?.n ?? 0;
  }

  async markAnnounced({ id, open, close }: DueAnnouncement): Promise<void> {
    await this.manager.query(
      `UPDATE grant_call SET opened_announced = opened_announced OR $2, closed_announced = closed_announced OR $3
        WHERE id = $1`,
      [id, open, close],
    );
  }
}
