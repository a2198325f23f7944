import type { AwardDto, TrancheDto, TranchePaidV1 } from '@samvirke/contracts';
import { DomainError, ValidationFailed } from '@samvirke/platform';

export function trancheOf(award: AwardDto, trancheId: string): TrancheDto {
  const tranche = award.tranches.find((candidate) => candidate.id === trancheId);
  if (!tranche) throw new DomainError('not-found', `No tranche ${trancheId} in award ${award.id}.`);
  return tranche;
}

/**
 * The funder whose part the caller pays: one of the tranche's funders they are an officer of
 * (`mine`), the one they name or, if they act for one only, that one.
 */
export function payingFunder(
  tranche: TrancheDto,
  mine: readonly string[],
  named: string | undefined,
): string {
  const theirs = mine.filter((org) => tranche.shares.some((share) => share.funderOrganisationId === org));
  if (theirs.length === 0 || (named && !theirs.includes(named)))
    throw new DomainError(
      'forbidden',
      'Only officers of the funder whose part of the tranche it is record its payment, for their own foundation.',
    );
  const funder = named ?? (theirs.length === 1 ? theirs[0] : undefined);
  if (!funder)
    throw new ValidationFailed([
      { pointer: '/funderOrganisationId', detail: "you act for several of the tranche's funders: name one" },
    ]);
  return funder;
}

/** A made award's eligible tranche is paid once due (`due`: its earliest date has come), each part once. */
export function requirePayable(award: AwardDto, tranche: TrancheDto, funder: string, due: boolean): void {
  if (award.status !== 'awarded')
    throw new DomainError('conflict', `The award is ${award.status}: nothing of it can be paid.`);
  if (tranche.status === 'paid') throw new DomainError('conflict', 'The tranche is paid already.');
  if (tranche.status !== 'eligible')
    throw new DomainError(
      'conflict',
      'The tranche is not eligible for payment: its reporting conditions are not all approved.',
    );
  if (!due) throw new DomainError('conflict', `The tranche may not be paid before ${tranche.earliestDate}.`);
  const part = tranche.shares.find((share) => share.funderOrganisationId === funder);
  if (part?.paidAt)
    throw new DomainError('conflict', "Your foundation's part of the tranche is paid already.");
}

/** What tranche.paid tells of a tranche every funder has paid its part of. */
export function tranchePaidEvent(award: AwardDto, tranche: TrancheDto): TranchePaidV1 {
  return {
    trancheId: tranche.id,
    awardId: award.id,
    programmeId: award.programmeId,
    granteeOrganisationId: award.granteeOrganisationId,
    funderOrganisationIds: award.shares.map((share) => share.funderOrganisationId).sort(),
    amountOre: tranche.amountOre,
    title: award.title,
    earliestDate: tranche.earliestDate,
    paidAt: tranche.paidAt ?? new Date().toISOString(),
    paymentReference: tranche.paymentReference ?? '',
  };
}
