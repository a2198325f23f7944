import type { EntityManager } from 'typeorm';
import type { MembershipRow, OrganisationRow, ProgrammeRow } from './directory.rules.js';

/** An organisation as the directory knows it. */
export interface KnownOrganisationRow {
  id: string;
  name: string;
  type: string;
  archived: boolean;
  /** Null only for organisations a service had heard of before it kept this date. */
  registered_at: Date | null;
  last_event_id: string;
}

/**
 * The directory's writes, on the consumer's transaction. Every write is an upsert keyed by the
 * partners aggregate's id, because events of different aggregates (and a revocation before its
 * grant) may arrive in any order.
 */
export async function upsertOrganisation(manager: EntityManager, row: OrganisationRow): Promise<void> {
  await manager.query(
    `INSERT INTO known_organisation (id, name, type, archived, registered_at, last_event_id, parent_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type, archived = EXCLUDED.archived,
                                    last_event_id = EXCLUDED.last_event_id, parent_id = EXCLUDED.parent_id`,
    [row.id, row.name, row.type, row.archived, row.registeredAt, row.lastEventId, row.parentId],
  );
}

export async function upsertProgramme(manager: EntityManager, row: ProgrammeRow): Promise<void> {
  await manager.query(
    `INSERT INTO known_programme (id, slug, name, status, backbone_organisation_id, goal_ids, last_event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, name = EXCLUDED.name, status = EXCLUDED.status,
       backbone_organisation_id = EXCLUDED.backbone_organisation_id, goal_ids = EXCLUDED.goal_ids,
       last_event_id = EXCLUDED.last_event_id`,
    [row.id, row.slug, row.name, row.status, row.backboneOrganisationId, row.goalIds, row.lastEventId],
  );
}

/** A grant of a membership already known (granted, or revoked first) changes nothing. */
export async function insertMembership(manager: EntityManager, row: MembershipRow): Promise<void> {
  await manager.query(
    `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles, joined_on, left_on)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (membership_id) DO NOTHING`,
    [row.membershipId, row.programmeId, row.organisationId, row.roles, row.joinedOn, row.leftOn],
  );
}

export async function endMembership(
  manager: EntityManager,
  row: MembershipRow & { leftOn: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO programme_member (membership_id, programme_id, organisation_id, roles, joined_on, left_on)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (membership_id) DO UPDATE SET left_on = EXCLUDED.left_on`,
    [row.membershipId, row.programmeId, row.organisationId, row.roles, row.joinedOn, row.leftOn],
  );
}

export async function findOrganisation(
  manager: EntityManager,
  id: string,
): Promise<KnownOrganisationRow | undefined> {
  const [row] = await manager.query<KnownOrganisationRow[]>(
    `SELECT id, name, type, archived, registered_at, last_event_id FROM known_organisation WHERE id = $1`,
    [id],
  );
  return row;
}
