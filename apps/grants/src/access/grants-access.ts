import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hasRole, type Principal } from '@samvirke/auth';
import {
  funderOrganisationsOf,
  isAdmin,
  isBackboneOf,
  mayView,
  programmeNotFound,
  requireActsFor,
} from './access.rules.js';
import { accessStore, grantsProgramme, type KnownProgramme } from './access.store.js';

export type { KnownProgramme } from './access.store.js';
export { iso, isAdmin, ore, programmeNotFound } from './access.rules.js';

/**
 * Who may do what in a programme's grants, from grants' own copy of partners' memberships
 * (libs/directory; the rules are in access.rules.ts). Every programme-scoped operation starts with
 * view() and answers a hidden programme exactly as an unknown one (404), before any role-specific 403.
 */
@Injectable()
export class GrantsAccess {
  /** The programme, whether or not the caller may see it (for internal checks, never for answers). */
  async programme(manager: EntityManager, programmeId: string): Promise<KnownProgramme> {
    const programme = await accessStore.programme(manager, programmeId);
    if (!programme) throw programmeNotFound(programmeId);
    return programme;
  }

  /** The programme if the caller's organisation is a current member (or the caller an admin); else 404. */
  async view(manager: EntityManager, principal: Principal, programmeId: string): Promise<KnownProgramme> {
    const standing = await accessStore.standing(manager, programmeId, principal.organisations);
    if (!standing.programme || !mayView(principal, standing)) throw programmeNotFound(programmeId);
    return grantsProgramme(standing.programme);
  }

  /** The caller's organisations that are current funders of the programme (officers only). */
  async funderOrganisations(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
  ): Promise<string[]> {
    if (!hasRole(principal, 'foundation-officer')) return [];
    const memberships = await accessStore.memberships(manager, programmeId, principal.organisations);
    return funderOrganisationsOf(principal, memberships);
  }

  async isFunder(manager: EntityManager, programmeId: string, organisationId: string): Promise<boolean> {
    const memberships = await accessStore.memberships(manager, programmeId, [organisationId]);
    return memberships.some((membership) => membership.roles.includes('funder'));
  }

  async isBackbone(manager: EntityManager, principal: Principal, programmeId: string): Promise<boolean> {
    if (!hasRole(principal, 'backbone-coordinator')) return false;
    const standing = await accessStore.standing(manager, programmeId, principal.organisations);
    return isBackboneOf(principal, standing);
  }

  /** The caller acts for this foundation in this programme (or is a platform admin). */
  async requireFunderOfficer(
    manager: EntityManager,
    principal: Principal,
    programmeId: string,
    funderOrganisationId: string,
  ): Promise<void> {
    const mine = isAdmin(principal) ? [] : await this.funderOrganisations(manager, principal, programmeId);
    requireActsFor(principal, mine, funderOrganisationId);
  }
}
