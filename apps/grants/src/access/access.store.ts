import type { EntityManager } from 'typeorm';
import {
  activeMemberships,
  findProgramme,
  standingIn,
  type ActiveMembership,
  type KnownProgrammeRow,
  type ProgrammeStanding,
} from '@samvirke/directory';

/** A programme as grants' use cases see it. */
export interface KnownProgramme {
  id: string;
  name: string;
  backbone_organisation_id: string | null;
  goal_ids: string[];
}

/**
 * Grants' reads of its copy of partners' directory (the queries are libs/directory's), with the
 * programme in grants' shape.
 */
export const accessStore = {
  async programme(manager: EntityManager, programmeId: string): Promise<KnownProgramme | undefined> {
    const row = await findProgramme(manager, programmeId);
    return row && grantsProgramme(row);
  },

  standing(
    manager: EntityManager,
    programmeId: string,
    organisations: readonly string[],
  ): Promise<ProgrammeStanding> {
    return standingIn(manager, programmeId, organisations);
  },

  memberships(
    manager: EntityManager,
    programmeId: string,
    organisations: readonly string[],
  ): Promise<ActiveMembership[]> {
    return activeMemberships(manager, programmeId, organisations);
  },
};

export function grantsProgramme(row: KnownProgrammeRow): KnownProgramme {
  return {
    id: row.id,
    name: row.name,
    backbone_organisation_id: row.backbone_organisation_id,
    goal_ids: row.goal_ids,
  };
}
