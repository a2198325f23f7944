import type { ActiveMembership, KnownProgrammeRow } from './membership.store.js';

/** Every role the organisations hold in the programme, over all their current memberships. */
export function rolesOf(memberships: readonly ActiveMembership[]): Set<string> {
  return new Set(memberships.flatMap((membership) => membership.roles));
}

/** The organisations (each once) that hold the role in one of their current memberships. */
export function organisationsWithRole(memberships: readonly ActiveMembership[], role: string): string[] {
  const holders = memberships.filter((membership) => membership.roles.includes(role));
  return [...new Set(holders.map((membership) => membership.organisationId))];
}

/** The programme names one of the organisations as its backbone organisation. */
export function namesBackbone(
  programme: Pick<KnownProgrammeRow, 'backbone_organisation_id'> | undefined,
  organisations: readonly string[],
): boolean {
  const backbone = programme?.backbone_organisation_id;
  return backbone !== null && backbone !== undefined && organisations.includes(backbone);
}
