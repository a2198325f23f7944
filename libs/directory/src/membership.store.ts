import type { EntityManager } from 'typeorm';

/** A programme as the directory knows it. */
export interface KnownProgrammeRow {
  id: string;
  /** Null only for programmes a service had heard of before it kept these. */
  slug: string | null;
  name: string;
  status: string | null;
  backbone_organisation_id: string | null;
  goal_ids: string[];
}

/** A current membership of one of the organisations asked about. */
export interface ActiveMembership {
  readonly organisationId: string;
  readonly roles: string[];
}

/** What some organisations (a caller's) are in a programme: the programme, if known, and their memberships. */
export interface ProgrammeStanding {
  readonly programme: KnownProgrammeRow | undefined;
  readonly memberships: readonly ActiveMembership[];
}

const PROGRAMME = `SELECT id, slug, name, status, backbone_organisation_id, goal_ids FROM known_programme WHERE id = $1`;

/** Current memberships ($1 the programme) of some organisations ($2). */
const MEMBERSHIPS = `SELECT organisation_id AS "organisationId", roles FROM programme_member
  WHERE programme_id = $1 AND left_on IS NULL AND organisation_id = ANY($2::uuid[])`;

/**
 * The membership queries behind every service's access checks. Memberships are read apart from the
 * programme (a membership may arrive before its programme), and both in one round trip.
 */
export async function standingIn(
  manager: EntityManager,
  programmeId: string,
  organisations: readonly string[],
): Promise<ProgrammeStanding> {
  const [row] = await manager.query<
    { programme: KnownProgrammeRow | null; memberships: ActiveMembership[] }[]
  >(
    `SELECT (SELECT row_to_json(p) FROM (${PROGRAMME}) p) AS programme,
            (SELECT coalesce(json_agg(m ORDER BY m."organisationId"), '[]'::json) FROM (${MEMBERSHIPS}) m)
              AS memberships`,
    [programmeId, organisations],
  );
  return { programme: row?.programme ?? undefined, memberships: row?.memberships ?? [] };
}

export async function findProgramme(
  manager: EntityManager,
  programmeId: string,
): Promise<KnownProgrammeRow | undefined> {
  const [programme] = await manager.query<KnownProgrammeRow[]>(PROGRAMME, [programmeId]);
  return programme;
}

/** The current memberships of these organisations in the programme, whether or not the programme is known. */
export async function activeMemberships(
  manager: EntityManager,
  programmeId: string,
  organisations: readonly string[],
): Promise<ActiveMembership[]> {
  return manager.query<ActiveMembership[]>(`${MEMBERSHIPS} ORDER BY organisation_id`, [
    programmeId,
    organisations,
  ]);
}
