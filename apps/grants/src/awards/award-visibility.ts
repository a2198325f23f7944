import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AwardDto } from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { GrantsAccess, isAdmin } from '../access/grants-access.js';
import { awardNotFound, AwardsStore } from './awards.store.js';

/**
 * The grantee's users (a joint application's partners are grantees too), the award's funders' officers (the call's too, and a foundation a pending
 * amendment asks to approve), the backbone and admins.
 */
export async function canSeeAward(
  manager: EntityManager,
  access: GrantsAccess,
  principal: Principal,
  award: AwardDto,
): Promise<boolean> {
  if (isAdmin(principal) || principal.organisations.includes(award.granteeOrganisationId)) return true;
  if ((award.grantees ?? []).some((grantee) => principal.organisations.includes(grantee.organisationId)))
    return true;
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

/** The use cases that work on one award the caller may see, each in its own transaction. */
@Injectable()
export class VisibleAwards {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GrantsAccess,
  ) {}

  /** Runs `work` in a transaction with the award locked, if the caller may see it; else 404. */
  transaction<T>(
    principal: Principal,
    awardId: string,
    work: (manager: EntityManager, award: AwardDto) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      work(manager, await visibleAwardForUpdate(manager, this.access, principal, awardId)),
    );
  }
}
