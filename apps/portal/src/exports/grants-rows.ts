import type { AwardDto, GrantCallDto } from '@samvirke/contracts';
import { grantStatusName } from '../grants/grants-terms.js';
import type { I18n } from '../i18n/i18n.js';
import { dateCell, dateTimeCell } from './cells.js';
import { exportTable, type Cell, type ExportTable } from './export-table.js';
import { kroner } from './funding-export.js';

/** The grant tables as they are downloaded: amounts in kroner as numbers, as a spreadsheet sums them. */

export function callsTable(
  calls: readonly GrantCallDto[],
  funderName: (id: string) => string,
  i18n: I18n,
): ExportTable {
  const { t } = i18n;
  return exportTable(calls, [
    [t('Ansøgningsrunde', 'Grant call'), (call) => call.title],
    [t('Bevillingsgiver', 'Funder'), (call) => funderName(call.funderOrganisationId)],
    [t('Status', 'Status'), (call) => grantStatusName(i18n, call.status)],
    [t('Ramme (kr.)', 'Budget (DKK)'), (call) => kroner(call.budgetOre)],
    [t('Bevilget (kr.)', 'Awarded (DKK)'), (call) => kroner(call.awardedOre)],
    [t('Åbner', 'Opens'), (call) => dateTimeCell(call.opensAt)],
    [t('Lukker', 'Closes'), (call) => dateTimeCell(call.closesAt)],
  ]);
}

/** The tranches in one cell, as the grants page shows them: "1: Udbetalt, 2: Afventer". */
export function tranchesText(award: AwardDto, i18n: I18n): string {
  return award.tranches
    .map((tranche) => `${tranche.position}: ${grantStatusName(i18n, tranche.status)}`)
    .join(', ');
}

export function awardsTable(
  awards: readonly AwardDto[],
  names: ReadonlyMap<string, string>,
  i18n: I18n,
): ExportTable {
  const { t } = i18n;
  return exportTable(awards, [
    [t('Bevilling', 'Award'), (award) => award.title],
    [
      t('Modtager', 'Grantee'),
      (award) => names.get(award.granteeOrganisationId) ?? award.granteeOrganisationId,
    ],
    [t('Beløb (kr.)', 'Amount (DKK)'), (award) => kroner(award.amountOre)],
    [t('Rater', 'Tranches'), (award) => tranchesText(award, i18n)],
  ]);
}

/** A tranche's conditions by their keys, "report-2026-Q1, report-2026-Q2"; empty when it has none. */
export function trancheConditions(
  award: AwardDto,
  { t }: Pick<I18n, 't'>,
): (tranche: AwardDto['tranches'][number]) => string {
  const conditionKey = new Map(award.conditions.map((condition) => [condition.id, condition.key]));
  const reportOf = {
    progress: t('godkendt statusrapport', 'approved progress report'),
    final: t('godkendt slutrapport', 'approved final report'),
  };
  return (tranche) =>
    [
      ...tranche.conditionIds.map((id) => conditionKey.get(id) ?? id),
      ...(tranche.awaitsReport ? [reportOf[tranche.awaitsReport]] : []),
      ...(tranche.awaitsAgreement ? [t('accepteret aftale', 'accepted agreement')] : []),
    ].join(', ');
}

/** An award's tranches: number, amount, earliest date, conditions (by key), status and reference. */
export function tranchesTable(award: AwardDto, i18n: I18n): ExportTable {
  const { t } = i18n;
  const conditions = trancheConditions(award, i18n);
  return {
    columns: [
      t('Rate', 'Tranche'),
      t('Beløb (kr.)', 'Amount (DKK)'),
      t('Tidligst', 'Earliest'),
      t('Betingelser', 'Conditions'),
      t('Status', 'Status'),
      t('Betalingsreference', 'Payment reference'),
    ],
    rows: award.tranches.map((tranche): Cell[] => [
      tranche.position,
      kroner(tranche.amountOre),
      dateCell(tranche.earliestDate),
      conditions(tranche) || null,
      grantStatusName(i18n, tranche.status),
      tranche.paymentReference ?? null,
    ]),
  };
}
