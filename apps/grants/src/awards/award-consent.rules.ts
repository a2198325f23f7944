import type { AwardDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

/**
 * The share of this funder awaits an answer, and the caller is an officer of that very foundation
 * (consent to spend a foundation's money is that foundation's; not the call's foundation's, nor an admin's).
 */
export function requireAnswerableShare(award: AwardDto, funderId: string, officerOfFunder: boolean): void {
  const share = award.shares.find((candidate) => candidate.funderOrganisationId === funderId);
  if (!share) throw new DomainError('not-found', `Award ${award.id} has no share of ${funderId}.`);
  if (!officerOfFunder)
    throw new DomainError(
      'forbidden',
      "Only an officer of the foundation whose share it is answers for that share (the caller's foundation must be that funder).",
    );
  if (award.status !== 'pending') throw new DomainError('conflict', `The award is ${award.status}.`);
  if (share.status !== 'pending') throw new DomainError('conflict', `This share is ${share.status} already.`);
}

/** Confirming this funder's share completes the award when every other share is confirmed already. */
export function completesAward(award: AwardDto, funderId: string): boolean {
  return award.shares.every(
    (share) => share.funderOrganisationId === funderId || share.status === 'confirmed',
  );
}

/** What award-share.confirmed and award-share.declined tell of the award and the funder's share. */
export function shareEventBase(award: AwardDto, funderId: string) {
  return {
    awardId: award.id,
    applicationId: award.applicationId,
    callId: award.callId,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    awardingOrganisationId: award.awardingOrganisationId,
    funderOrganisationId: funderId,
    amountOre: award.shares.find((share) => share.funderOrganisationId === funderId)?.amountOre ?? 0,
    awardAmountOre: award.amountOre,
    title: award.title,
  };
}
