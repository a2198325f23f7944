import { hasRole, type Principal } from '@samvirke/auth';
import { namesBackbone, organisationsWithRole, type ProgrammeStanding } from '@samvirke/directory';
import { DomainError } from '@samvirke/platform';

/**
 * Grants' access rules over a caller's standing in a programme (libs/directory): a programme is
 * visible to its current members, its backbone organisation and platform admins; foundation
 * officers act for their own foundation while it is a current funder; backbone coordinators of
 * the programme's backbone read its overview.
 */
export function isAdmin(principal: Principal): boolean {
  return hasRole(principal, 'platform-admin');
}

export function mayView(principal: Principal, standing: ProgrammeStanding): boolean {
  if (!standing.programme) return false;
  return (
    isAdmin(principal) ||
    namesBackbone(standing.programme, principal.organisations) ||
    standing.memberships.length > 0
  );
}

/** The caller's organisations that are current funders (officers only). */
export function funderOrganisationsOf(
  principal: Principal,
  memberships: ProgrammeStanding['memberships'],
): string[] {
  return hasRole(principal, 'foundation-officer') ? organisationsWithRole(memberships, 'funder') : [];
}

export function isBackboneOf(principal: Principal, standing: ProgrammeStanding): boolean {
  if (!hasRole(principal, 'backbone-coordinator')) return false;
  return (
    organisationsWithRole(standing.memberships, 'backbone').length > 0 ||
    namesBackbone(standing.programme, principal.organisations)
  );
}

/** The caller acts for this foundation in this programme (or is a platform admin); else 403. */
export function requireActsFor(
  principal: Principal,
  funders: readonly string[],
  funderOrganisationId: string,
): void {
  if (isAdmin(principal) || funders.includes(funderOrganisationId)) return;
  throw new DomainError(
    'forbidden',
    "Only officers of a foundation that funds this programme act for it (the foundation in the request must be the caller's).",
  );
}

/** The one answer for an unknown programme and for one the caller may not see: nothing tells them apart. */
export function programmeNotFound(programmeId: string): DomainError {
  return new DomainError('not-found', `No programme ${programmeId} that you can see.`);
}

/** pg returns bigint as text; every amount fits a safe integer (the contracts refuse larger). */
export function ore(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
