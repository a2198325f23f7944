import type { EntityManager } from 'typeorm';
import type { AwardDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { isAdmin, type GrantsAccess } from '../access/grants-access.js';
import { awardNotFound, AwardsStore } from './awards.store.js';

/**
 * The grantee's users, the award's funders' officers (the call's too, and a foundation a pending
 * amendment asks to approve), the backbone and admins.
 */
export async function canSeeAward(
  manager: EntityManager,
  access: GrantsAccess,
  principal: Principal,
  award: AwardDto,
): Promise<boolean> {
  if (isAdmin(principal) || principal.organisations.includes(award.granteeOrganisationId)) return true;
  const mine = await access.funderOrganisations(manager, principal, award.programmeId);
  const funders = [
    ...award.shares.map((share) => share.funderOrganisationId),
    award.awardingOrganisationId,
    ...(await new AwardsStore(manager).askedToApprove(award.id)),
  ];
  if (mine.some((org) => funders.includes(org))) return true;
  return access.isBackbone(manager, principal, award.programmeId);
}

/** The award, locked for this transaction, if the caller may see it; else 404. */
export async function visibleAwardForUpdate(
  manager: EntityManager,
  access: GrantsAccess,
  principal: Principal,
  awardId: string,
): Promise<AwardDto> {
  const store = new AwardsStore(manager);
  await store.lock(awardId);
  const award = await store.load(awardId);
  if (!(await canSeeAward(manager, access, principal, award))) throw awardNotFound(awardId);
  return award;
}
