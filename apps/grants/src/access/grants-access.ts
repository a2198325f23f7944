import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';

export interface KnownProgramme {
  id: string;
  name: string;
  backbone_organisation_id: string | null;
  goal_ids: string[];
}

/**
 * Who may do what in a programme's grants, from grants' own copy of partners' memberships:
 * foundation officers act for their own foundation while it is a funder of the programme; backbone
 * coordinators of the programme's backbone read its overview; platform admins may do everything.
 * A programme is visible to its current members and platform admins only; to anyone else it does
 * not exist, so every programme-scoped operation starts with view() and answers a hidden programme
 * exactly as an unknown one (404), before any role-specific 403.
 */
@Injectable()
export class GrantsAccess {
  /** The programme, whether or not the caller may see it (for internal checks, never for answers). */
  async programme(manager: EntityManager, programmeId: string): Promise<KnownProgramme> {
    const [programme] = await manager.query<KnownProgramme[]>(
      `SELECT id, name, backbone_organisation_id, goal_ids FROM known_programme WHERE id = $1`,
      [programmeId],
    );
    if (!programme) throw programmeNotFound(programmeId);
    return programme;
  }

  /** The programme if the caller's organisation is a current member (or the caller an admin); else 404. */
  async view(manager: EntityManager, principal: Principal, programmeId: string): Promise<KnownProgramme> {
    const [programme] = await manager.query<KnownProgramme[]>(
      `SELECT p.id, p.name, p.backbone_organisation_id, p.goal_ids FROM known_programme p
        WHERE p.id = $1
          AND ($3 OR p.backbone_organisation_id = ANY($2::uuid[])
               OR EXISTS (SELECT 1 FROM programme_member m WHERE m.programme_id = p.id AND m.left_on IS NULL
                             AND m.organisation_id = ANY($2::uuid[])))`,
      [programmeId, principal.organisations, isAdmin(principal)],
    );
    if (!programme) throw programmeNotFound(programmeId);
    return programme;
  }

  /** The caller's organisations that are current funders of the programme (officers only). */
  async funderOrganisations(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
  ): Promise<string[]> {
    if (!hasRole(principal, 'foundation-officer')) return [];
    const rows = await manager.query<{ organisation_id: string }[]>(
      `SELECT DISTINCT organisation_id FROM programme_member
        WHERE programme_id = $1 AND left_on IS NULL AND 'funder' = ANY(roles) AND organisation_id = ANY($2::uuid[])`,
      [programmeId, principal.organisations],
    );
    return rows.map((row) => row.organisation_id);
  }

  async isFunder(manager: EntityManager, programmeId: string, organisationId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM programme_member
        WHERE programme_id = $1 AND organisation_id = $2 AND left_on IS NULL AND 'funder' = ANY(roles)`,
      [programmeId, organisationId],
    );
    return rows.length > 0;
  }

  async isBackbone(manager: EntityManager, principal: Principal, programmeId: string): Promise<boolean> {
    if (!hasRole(principal, 'backbone-coordinator')) return false;
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM programme_member
        WHERE programme_id = $1 AND left_on IS NULL AND 'backbone' = ANY(roles) AND organisation_id = ANY($2::uuid[])
       UNION ALL
       SELECT 1 FROM known_programme WHERE id = $1 AND backbone_organisation_id = ANY($2::uuid[])`,
      [programmeId, principal.organisations],
    );
    return rows.length > 0;
  }

  /** The caller acts for this foundation in this programme (or is a platform admin). */
  async requireFunderOfficer(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    funderOrganisationId: string,
  ): Promise<void> {
    if (isAdmin(principal)) return;
    const mine = await this.funderOrganisations(manager, principal, programmeId);
    if (!mine.includes(funderOrganisationId)) {
      throw new DomainError(
        'forbidden',
        "Only officers of a foundation that funds this programme act for it (the foundation in the request must be the caller's).",
      );
    }
  }
}

/** The one answer for an unknown programme and for one the caller may not see: nothing tells them apart. */
export function programmeNotFound(programmeId: string): DomainError {
  return new DomainError('not-found', `No programme ${programmeId} that you can see.`);
}

export function isAdmin(principal: Principal): boolean {
  return hasRole(principal, 'platform-admin');
}

/** pg returns bigint as text; every amount fits a safe integer (the contracts refuse larger). */
export function ore(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
