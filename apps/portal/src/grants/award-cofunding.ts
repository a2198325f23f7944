import type { FundingOverviewDto } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';
import { parseKroner } from './money.js';

/** A co-funder's share as the call's foundation types it. */
export interface CoFunding {
  readonly funder: string;
  readonly amount: string;
}

/** Another funder of the programme that still has money to award. */
export interface CoFunder {
  readonly id: string;
  readonly name: string;
  readonly remainingOre: number;
}

/** The programme's other funders with money left: whom the call's foundation may ask to co-fund. */
export function coFundersOf(overview: FundingOverviewDto | null, callFunder: string): CoFunder[] {
  return (overview?.funders ?? [])
    .filter((funder) => funder.funderOrganisationId !== callFunder && funder.remainingOre > 0)
    .map((funder) => ({
      id: funder.funderOrganisationId,
      name: funder.funderName ?? funder.funderOrganisationId,
      remainingOre: funder.remainingOre,
    }));
}

function validOre(raw: string): number | null {
  const ore = parseKroner(raw);
  return ore === null || Number.isNaN(ore) || ore <= 0 ? null : ore;
}

/** What the call's foundation pays itself: the award less the co-funders' shares. */
export function ownShareOre(amountOre: number | null, coFunding: readonly CoFunding[]): number {
  return (amountOre ?? 0) - coFunding.reduce((sum, share) => sum + (validOre(share.amount) ?? 0), 0);
}

/**
 * The award's shares as the service takes them: the call's foundation's own first (left out when
 * the co-funders pay it all), then the co-funders' in the order typed.
 */
export function sharesOf(amountOre: number, callFunder: string, coFunding: readonly CoFunding[]) {
  const own = ownShareOre(amountOre, coFunding);
  return [
    ...(own > 0 ? [{ funderOrganisationId: callFunder, amountOre: own }] : []),
    ...coFunding.map((share) => ({
      funderOrganisationId: share.funder,
      amountOre: validOre(share.amount) ?? 0,
    })),
  ];
}

/** Where a co-funder's row sits among the shares sent (so its pointer matches the service's). */
export function shareIndex(amountOre: number | null, coFunding: readonly CoFunding[], row: number): number {
  return ownShareOre(amountOre, coFunding) > 0 || amountOre === null ? row + 1 : row;
}

/**
 * What the form checks of the co-funding, by the pointers the service would name: a foundation and
 * an amount in each row, each foundation once, within what it has left, together not above the award.
 */
export function checkCoFunding(
  amountOre: number | null,
  coFunding: readonly CoFunding[],
  coFunders: readonly CoFunder[],
  t: Translate,
  kroner: (ore: number) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  coFunding.forEach((share, row) => {
    const pointer = `/shares/${shareIndex(amountOre, coFunding, row)}`;
    const funder = coFunders.find((candidate) => candidate.id === share.funder);
    const ore = validOre(share.amount);
    if (!funder) errors[`${pointer}/funderOrganisationId`] = t('Vælg en fond.', 'Choose a foundation.');
    else if (coFunding.findIndex((other) => other.funder === share.funder) !== row)
      errors[`${pointer}/funderOrganisationId`] = t(
        'Fonden er valgt to gange.',
        'The foundation is chosen twice.',
      );
    if (ore === null)
      errors[`${pointer}/amountOre`] = t('Skriv et beløb i kroner.', 'Enter an amount in kroner.');
    else if (funder && ore > funder.remainingOre)
      errors[`${pointer}/amountOre`] = t(
        `Fonden har kun ${kroner(funder.remainingOre)} tilbage af sit tilsagn.`,
        `The foundation has only ${kroner(funder.remainingOre)} left of its commitment.`,
      );
  });
  if (amountOre !== null && ownShareOre(amountOre, coFunding) < 0)
    errors['/shares'] = t(
      'Medfinansieringen er større end det bevilgede beløb.',
      'The co-funding is more than the amount awarded.',
    );
  return errors;
}
