import type { FundingOverviewDto } from '@samvirke/contracts';
import type { ExportTable } from './export-table.js';

type Translate = (da: string, en: string) => string;

/** Øre as kroner with øre as decimals: what a spreadsheet sums. */
export function kroner(ore: number): number {
  return ore / 100;
}

/** The funding page's table: each funder's committed, awarded, paid and left to award, then the total. */
export function fundingTable(funding: FundingOverviewDto, t: Translate): ExportTable {
  const figures = (name: string, row: FundingOverviewDto['total']) => [
    name,
    kroner(row.committedOre),
    kroner(row.awardedOre),
    kroner(row.paidOre),
    kroner(row.remainingOre),
  ];
  return {
    columns: [
      t('Bevillingsgiver', 'Funder'),
      t('Tilsagn (kr.)', 'Committed (DKK)'),
      t('Bevilget (kr.)', 'Awarded (DKK)'),
      t('Udbetalt (kr.)', 'Paid (DKK)'),
      t('Kan bevilges (kr.)', 'Left to award (DKK)'),
    ],
    rows: [
      ...funding.funders.map((funder) => figures(funder.funderName ?? funder.funderOrganisationId, funder)),
      figures(t('I alt', 'Total'), funding.total),
    ],
  };
}
