import type { ProgressDto } from '@samvirke/contracts';
import type { Cell, ExportTable } from './export-table.js';

/**
 * The progress page's tables as they are downloaded, built from the progress the API returned to
 * this user: a count the API showed as "<5" stays "<5", a figure it held back is "undertrykt"
 * ("suppressed"), and nothing is worked out here that the API did not show.
 */
type Translate = (da: string, en: string) => string;
type IndicatorProgress = ProgressDto['indicators'][number];
type OrganisationValue = IndicatorProgress['organisations'][number]['value'];

const UNITS: Readonly<Record<IndicatorProgress['unit'], readonly [string, string]>> = {
  count: ['antal', 'count'],
  percent: ['procent', 'percent'],
  dkk: ['kr.', 'DKK'],
  'rate-per-1000': ['pr. 1.000', 'per 1,000'],
  score: ['score', 'score'],
};

export function unitName(unit: IndicatorProgress['unit'], t: Translate): string {
  return t(...UNITS[unit]);
}

export function suppressedWord(t: Translate): string {
  return t('undertrykt', 'suppressed');
}

/** The period's total as the user may see it: the number, "<5", "undertrykt" or empty (nobody reported). */
export function aggregateCell(indicator: IndicatorProgress, t: Translate): Cell {
  if (indicator.aggregateSuppressed && indicator.contributors > 0) return suppressedWord(t);
  return indicator.aggregate;
}

export function organisationCell(value: OrganisationValue, t: Translate): Cell {
  return value === 'suppressed' ? suppressedWord(t) : value;
}

function indicatorName(indicator: IndicatorProgress, t: Translate): string {
  return t(indicator.nameDa, indicator.nameEn);
}

/** Every indicator in every period: baseline, target, actual and attainment, as the report has them. */
export function indicatorsTable(progress: readonly ProgressDto[], t: Translate): ExportTable {
  const columns = [
    t('Periode', 'Period'),
    t('Indikatorkode', 'Indicator code'),
    t('Indikator', 'Indicator'),
    t('Enhed', 'Unit'),
    t('Udgangspunkt', 'Baseline'),
    t('Mål', 'Target'),
    t('Faktisk', 'Actual'),
    t('Målopfyldelse (%)', 'Attainment (%)'),
    t('Bidragende organisationer', 'Contributing organisations'),
  ];
  const rows = progress.flatMap((period) =>
    period.indicators.map((indicator): Cell[] => [
      period.period,
      indicator.code,
      indicatorName(indicator, t),
      unitName(indicator.unit, t),
      indicator.baseline,
      indicator.target,
      aggregateCell(indicator, t),
      indicator.attainmentPercent,
      indicator.contributors,
    ]),
  );
  return { columns, rows };
}

/** Each organisation's value for each indicator in one period. */
export function organisationsTable(progress: ProgressDto, t: Translate, code?: string): ExportTable {
  const columns = [
    t('Periode', 'Period'),
    t('Indikator', 'Indicator'),
    t('Organisation', 'Organisation'),
    t('Værdi', 'Value'),
  ];
  const rows = progress.indicators
    .filter((indicator) => code === undefined || indicator.code === code)
    .flatMap((indicator) =>
      indicator.organisations.map((organisation): Cell[] => [
        progress.period,
        indicatorName(indicator, t),
        organisation.name,
        organisationCell(organisation.value, t),
      ]),
    );
  return { columns, rows };
}

/** Completeness and timeliness of every period. */
export function dataQualityTable(progress: readonly ProgressDto[], t: Translate): ExportTable {
  const columns = [
    t('Periode', 'Period'),
    t('Forventede dataleverandører', 'Expected data providers'),
    t('Godkendte', 'Approved'),
    t('Fuldstændighed (%)', 'Completeness (%)'),
    t('Indsendt til tiden', 'Submitted on time'),
    t('Rettidighed (%)', 'Timeliness (%)'),
  ];
  const rows = progress.map((period): Cell[] => [
    period.period,
    period.completeness.expected,
    period.completeness.approved,
    period.completeness.share,
    period.timeliness.onTime,
    period.timeliness.share,
  ]);
  return { columns, rows };
}
