import type { OrganisationDto } from '@samvirke/contracts';
import { hasRole, belongsTo, type Principal } from '@samvirke/auth';
import { DomainError, ValidationFailed } from '@samvirke/platform';

/**
 * How deep the tree below a municipality goes: a forvaltning under the municipality (1), an
 * institution under the forvaltning (2). Deeper trees are refused.
 */
export const MAX_SUB_UNIT_DEPTH = 2;

const POINTER = '/parentOrganisationId';

/** What the rules need of an organisation in the tree. */
export interface HierarchyNode {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationDto['type'];
  readonly archived: boolean;
  readonly parentOrganisationId: string | null;
}

/** Where an organisation is to go: its chain of ancestors from the new parent up to the root. */
export interface Placement {
  /** The organisation placed (its id is new on a registration). */
  readonly child: { readonly id: string; readonly type: OrganisationDto['type'] };
  readonly parentId: string;
  /** The new parent first, then its parent, up to the root; empty when the parent does not exist. */
  readonly ancestors: readonly HierarchyNode[];
  /** How many levels of sub-units the child already has below it (0 for none). */
  readonly childHeight: number;
}

/**
 * Every reason the placement is refused, each naming the field: the parent must exist and not be
 * archived, the tree must end in a municipality, must not loop back to the child, and must not grow
 * deeper than MAX_SUB_UNIT_DEPTH below the municipality. A municipality is never a sub-unit.
 */
export function placementErrors(placement: Placement): { pointer: string; detail: string }[] {
  const { child, parentId, ancestors, childHeight } = placement;
  const parent = ancestors[0];
  if (parentId === child.id)
    return [{ pointer: POINTER, detail: 'an organisation cannot be its own parent' }];
  if (!parent) return [{ pointer: POINTER, detail: `no organisation has id ${parentId}` }];
  // Under one of its own sub-units: a cycle, and the depth would mean nothing.
  if (ancestors.some((node) => node.id === child.id))
    return [{ pointer: POINTER, detail: `${parent.name} is below this organisation: that would be a cycle` }];
  const errors: { pointer: string; detail: string }[] = [];
  if (parent.archived) errors.push({ pointer: POINTER, detail: `organisation ${parent.name} is archived` });
  if (child.type === 'municipality')
    errors.push({ pointer: POINTER, detail: 'a municipality stands on its own and is never a sub-unit' });
  const root = ancestors[ancestors.length - 1];
  if (root.type !== 'municipality' || root.parentOrganisationId !== null)
    errors.push({ pointer: POINTER, detail: 'sub-units belong under a municipality' });
  if (ancestors.length + childHeight > MAX_SUB_UNIT_DEPTH)
    errors.push({
      pointer: POINTER,
      detail: `at most ${MAX_SUB_UNIT_DEPTH} levels of sub-units below a municipality`,
    });
  return errors;
}

export function checkPlacement(placement: Placement): void {
  const errors = placementErrors(placement);
  if (errors.length) throw new ValidationFailed(errors, 'The organisation cannot be placed there.');
}

/** The municipality at the top of a chain of ancestors (the last one), when there is one. */
export function rootOf(ancestors: readonly HierarchyNode[]): HierarchyNode | undefined {
  return ancestors[ancestors.length - 1];
}

/**
 * Platform admins manage every organisation; the users of a municipality (its reporters) manage
 * the sub-units under it, and nothing else: never a top-level organisation.
 */
export function checkManagesSubUnit(principal: Principal, root: HierarchyNode | undefined): void {
  if (hasRole(principal, 'platform-admin')) return;
  if (root && hasRole(principal, 'reporter') && belongsTo(principal, root.id)) return;
  throw new DomainError(
    'forbidden',
    "Only platform admins, and a municipality's own users for its sub-units, manage organisations.",
  );
}
