import { DK_REGIONS } from '@samvirke/contracts';
import type { ProgressDto } from '@samvirke/contracts';

/**
 * An indicator's figures by region: each organisation's value under the region of its municipality,
 * as the progress API showed it (a "<5" or a held-back value stays so; nothing is added up that the
 * API did not add up, so a region's sum is shown only when all its values are visible numbers).
 */
type OrganisationValue = ProgressDto['indicators'][number]['organisations'][number];

export const NO_REGION = 'none';

export interface RegionGroup {
  /** DAGI region code, or NO_REGION for organisations outside any municipality. */
  readonly code: string;
  readonly name: string;
  readonly organisations: readonly OrganisationValue[];
  /** The sum where every value is a number; null where one is hidden, so the hidden one can't be worked out. */
  readonly total: number | null;
  /** Some values hidden: the total is not shown. */
  readonly hidden: boolean;
}

/** Counts and kroner add up across organisations; shares, rates and scores do not. */
export function additive(unit: ProgressDto['indicators'][number]['unit']): boolean {
  return unit === 'count' || unit === 'dkk';
}

export function regionGroups(
  organisations: readonly OrganisationValue[],
  regionOf: ReadonlyMap<string, string | null>,
  sums: boolean,
): RegionGroup[] {
  const codes = [...Object.keys(DK_REGIONS).sort(), NO_REGION];
  return codes.map((code) => {
    const members = organisations
      .filter((organisation) => (regionOf.get(organisation.organisationId) ?? NO_REGION) === code)
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
    const hidden = members.some((member) => typeof member.value !== 'number');
    const total =
      !sums || hidden || members.length === 0
        ? null
        : members.reduce((sum, member) => sum + (typeof member.value === 'number' ? member.value : 0), 0);
    return { code, name: DK_REGIONS[code] ?? '', organisations: members, total, hidden };
  });
}
