import type { AnalyticsDto, AnalyticsRowDto } from '@samvirke/contracts';
import type { Cell, ExportTable } from '../exports/export-table.js';
import { suppressedWord } from '../exports/progress-export.js';

type Translate = (da: string, en: string) => string;

/** What the reader chose on the analysis page. */
export interface AnalysisChoice {
  readonly place: '' | 'organisation' | 'region';
  readonly disaggregation: boolean;
  /** An indicator code, or '' for all the programme tracks. */
  readonly indicator: string;
  readonly from: string;
  readonly to: string;
  /** A region code, or '' for all. */
  readonly region: string;
}

export const NO_CHOICE: AnalysisChoice = {
  place: '',
  disaggregation: false,
  indicator: '',
  from: '',
  to: '',
  region: '',
};

/** The analytics endpoint's query for the choice (empty choices left out). */
export function analysisQuery(choice: AnalysisChoice): string {
  const by = [choice.place, choice.disaggregation ? 'disaggregation' : ''].filter(Boolean);
  const parameters = new URLSearchParams();
  if (by.length) parameters.set('by', by.join(','));
  if (choice.indicator) parameters.set('indicators', choice.indicator);
  if (choice.from) parameters.set('from', choice.from);
  if (choice.to) parameters.set('to', choice.to);
  if (choice.region) parameters.set('regions', choice.region);
  return parameters.toString();
}

/** A figure as the API showed it: the number, "<5", "undertrykt", or empty when nobody reported it. */
export function analysisCell(value: AnalyticsRowDto['value'], t: Translate): Cell {
  return value === 'suppressed' ? suppressedWord(t) : value;
}

/** The columns the answer's dimensions call for, each with how a row fills it. */
export function analysisColumns(
  answer: Pick<AnalyticsDto, 'by' | 'indicators'>,
  t: Translate,
): { head: string; cell: (row: AnalyticsRowDto) => Cell }[] {
  const names = new Map(answer.indicators.map((indicator) => [indicator.code, indicator.nameDa]));
  return [
    { head: t('Indikator', 'Indicator'), cell: (row) => names.get(row.indicator) ?? row.indicator },
    { head: t('Periode', 'Period'), cell: (row) => row.period },
    ...(answer.by.includes('organisation')
      ? [{ head: t('Organisation', 'Organisation'), cell: (row: AnalyticsRowDto) => row.organisationName }]
      : []),
    ...(answer.by.includes('region') || answer.by.includes('organisation')
      ? [{ head: t('Region', 'Region'), cell: (row: AnalyticsRowDto) => row.regionName }]
      : []),
    ...(answer.by.includes('disaggregation')
      ? [
          {
            head: t('Opdeling', 'Breakdown'),
            cell: (row: AnalyticsRowDto) => row.disaggregation ?? t('i alt', 'total'),
          },
        ]
      : []),
    { head: t('Værdi', 'Value'), cell: (row) => analysisCell(row.value, t) },
    { head: t('Bidragydere', 'Contributors'), cell: (row) => row.contributors },
  ];
}

/** The table as it is downloaded (CSV, XLSX): exactly the rows and figures the API returned. */
export function analysisTable(answer: AnalyticsDto, t: Translate): ExportTable {
  const columns = analysisColumns(answer, t);
  return {
    columns: columns.map((column) => column.head),
    rows: answer.rows.map((row) => columns.map((column) => column.cell(row))),
  };
}
