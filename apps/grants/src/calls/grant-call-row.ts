import type { EntityManager } from 'typeorm';
import type { GrantCallDto, GrantCallStatus, OrganisationType } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';
import { ore } from '../access/grants-access.js';

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
}

export const SELECT_CALL = `SELECT c.id, c.programme_id, c.funder_organisation_id, c.title, c.description, c.budget_ore,
  (SELECT coalesce(sum(a.amount_ore), 0)::text FROM award a WHERE a.call_id = c.id AND a.status <> 'declined') AS awarded_ore,
  c.opens_at, c.closes_at, c.eligible_types, c.criteria FROM grant_call c`;

/** A call's status follows its dates. */
export function callStatus(row: Pick<CallRow, 'opens_at' | 'closes_at'>, now = new Date()): GrantCallStatus {
  if (now < row.opens_at) return 'scheduled';
  return now < row.closes_at ? 'open' : 'closed';
}

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
  };
}

export async function loadCall(manager: EntityManager, callId: string): Promise<CallRow> {
  const [row] = await manager.query<CallRow[]>(`${SELECT_CALL} WHERE c.id = $1`, [callId]);
  if (!row) throw new DomainError('not-found', `No grant call ${callId}.`);
  return row;
}
