import type {
  IndicatorDto,
  ProgrammeIndicatorDto,
  ReportingPeriodDto,
  SubmissionDto,
} from '@samvirke/contracts';
import type { I18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { adminTerm } from '../measurement-admin/admin-terms.js';
import { dateCell, dateTimeCell } from './cells.js';
import type { Cell, ExportTable } from './export-table.js';

/**
 * The measurement tables as they are downloaded: the indicator library, a programme's indicators with
 * baseline and targets, its reporting periods and a report's versions. Figures stay numbers.
 */

const indicatorName = (i18n: I18n, item: { nameDa: string; nameEn: string }): string =>
  i18n.t(item.nameDa, item.nameEn);

export function libraryTable(indicators: readonly IndicatorDto[], i18n: I18n): ExportTable {
  const { t } = i18n;
  return {
    columns: [
      t('Kode', 'Code'),
      t('Navn', 'Name'),
      t('Enhed', 'Unit'),
      t('Version', 'Version'),
      t('Status', 'Status'),
      t('Erstattet af', 'Replaced by'),
    ],
    rows: indicators.map((indicator): Cell[] => [
      indicator.code,
      indicatorName(i18n, indicator),
      adminTerm(i18n, indicator.unit),
      indicator.version,
      adminTerm(i18n, indicator.status),
      indicator.supersededBy ?? null,
    ]),
  };
}

/** One row per target (an indicator without targets has one row), with the baseline beside it. */
export function trackedTable(tracked: readonly ProgrammeIndicatorDto[], i18n: I18n): ExportTable {
  const { t } = i18n;
  return {
    columns: [
      t('Kode', 'Code'),
      t('Indikator', 'Indicator'),
      t('Hyppighed', 'Frequency'),
      t('Baseline-periode', 'Baseline period'),
      t('Baseline', 'Baseline'),
      t('Målperiode', 'Target period'),
      t('Mål', 'Target'),
    ],
    rows: tracked.flatMap((item): Cell[][] => {
      const indicator = [
        item.code,
        indicatorName(i18n, item),
        adminTerm(i18n, item.frequency),
        item.baseline?.period ?? null,
        item.baseline?.value ?? null,
      ];
      if (item.targets.length === 0) return [[...indicator, null, null]];
      return item.targets.map((target) => [...indicator, target.period, target.value]);
    }),
  };
}

export function periodsTable(periods: readonly ReportingPeriodDto[], i18n: I18n): ExportTable {
  const { t } = i18n;
  return {
    columns: [
      t('Periode', 'Period'),
      t('Hyppighed', 'Frequency'),
      t('Frist', 'Deadline'),
      t('Status', 'Status'),
    ],
    rows: periods.map((period): Cell[] => [
      period.period,
      adminTerm(i18n, period.frequency),
      dateCell(period.dueDate),
      statusName(i18n, period.status),
    ]),
  };
}

/** Every version of a report: who saved, submitted and decided it when, and the reviewer's comment. */
export function versionsTable(versions: readonly SubmissionDto[], i18n: I18n): ExportTable {
  const { t } = i18n;
  return {
    columns: [
      t('Version', 'Version'),
      t('Status', 'Status'),
      t('Gemt', 'Saved'),
      t('Gemt af', 'Saved by'),
      t('Indsendt', 'Submitted'),
      t('Afgjort', 'Decided'),
      t('Afgjort af', 'Decided by'),
      t('Antal værdier', 'Number of values'),
      t('Kommentar', 'Comment'),
    ],
    rows: versions.map((version): Cell[] => [
      version.version,
      statusName(i18n, version.status),
      dateTimeCell(version.savedAt),
      version.savedBy,
      dateTimeCell(version.submittedAt),
      dateTimeCell(version.decidedAt),
      version.decidedBy,
      version.valueCount,
      version.comment,
    ]),
  };
}
