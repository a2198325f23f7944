import type { FundingCommitmentDto, FundingOverviewDto } from '@samvirke/contracts';

/** One funder's money in a programme, in øre. */
export interface FunderFigures {
  committed: number;
  awarded: number;
  paid: number;
}

/** What a funder may still award: its commitments less what it has awarded or reserved. */
export function remainingCommitment(figures: FunderFigures): number {
  return figures.committed - figures.awarded;
}

/** The programme's funding overview: each funder's figures and commitments, and the totals. */
export function fundingOverview(
  programmeId: string,
  figures: ReadonlyMap<string, FunderFigures>,
  commitments: readonly FundingCommitmentDto[],
  names: ReadonlyMap<string, string>,
): FundingOverviewDto {
  const funders = [...figures].map(([funder, f]) => ({
    funderOrganisationId: funder,
    funderName: names.get(funder) ?? null,
    committedOre: f.committed,
    awardedOre: f.awarded,
    paidOre: f.paid,
    remainingOre: Math.max(0, remainingCommitment(f)),
    commitments: commitments.filter((commitment) => commitment.funderOrganisationId === funder),
  }));
  const sum = (pick: (f: (typeof funders)[number]) => number) => funders.reduce((t, f) => t + pick(f), 0);
  return {
    programmeId,
    funders,
    total: {
      committedOre: sum((f) => f.committedOre),
      awardedOre: sum((f) => f.awardedOre),
      paidOre: sum((f) => f.paidOre),
      remainingOre: sum((f) => f.remainingOre),
    },
  };
}
