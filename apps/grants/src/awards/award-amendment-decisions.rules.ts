import type { AmendmentDto, AmendmentTerms, AwardDto } from '@samvirke/contracts';
import { DomainError } from '@samvirke/platform';

/** What every amendment event carries: the award, its parties, the amendment and who must approve it. */
export function amendmentEventBase(
  award: AwardDto,
  amendmentId: string,
  terms: AmendmentTerms,
  approvers: string[],
) {
  return {
    amendmentId,
    awardId: award.id,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    awardingOrganisationId: award.awardingOrganisationId,
    title: award.title,
    amountBeforeOre: award.amountOre,
    amountAfterOre: terms.amountOre,
    approverOrganisationIds: approvers,
  };
}

/** The amendment's proposers withdraw it while it is pending: the awarding foundation's officers, or an admin. */
export function requireWithdrawable(
  award: AwardDto,
  amendment: AmendmentDto,
  admin: boolean,
  mine: readonly string[],
): void {
  if (!admin && !mine.includes(award.awardingOrganisationId))
    throw new DomainError(
      'forbidden',
      "Only the awarding foundation's officers (or a platform admin) withdraw an amendment.",
    );
  if (amendment.status !== 'pending')
    throw new DomainError('conflict', `The amendment is ${amendment.status}.`);
}
