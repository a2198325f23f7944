import type { ProgrammeIndicatorDto } from '@samvirke/contracts';
import { Table, type Column } from '../components/data-table.js';
import { trackedTable } from '../exports/measurement-rows.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { adminTerm } from './admin-terms.js';

interface Props {
  /** Names the downloaded file. */
  readonly programmeName: string;
  readonly tracked: readonly ProgrammeIndicatorDto[];
  readonly onEdit: (tracked: ProgrammeIndicatorDto) => void;
}

/** The indicators the programme tracks, with baseline and targets, each with its edit button. */
export function TrackedIndicators({ programmeName, tracked, onEdit }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table
      label={t('Indikatorer programmet følger', 'Indicators the programme tracks')}
      columns={trackedColumns(i18n, onEdit)}
      rows={tracked}
      rowKey={(item) => item.indicatorId}
      downloads={{
        caption: t('indikatorer programmet følger', 'indicators the programme tracks'),
        ...trackedTable(tracked, i18n),
        fileName: t(`${programmeName}-indikatorer`, `${programmeName}-indicators`),
      }}
    />
  );
}

function trackedColumns(i18n: I18n, onEdit: Props['onEdit']): Column<ProgrammeIndicatorDto>[] {
  const { t, formatNumber } = i18n;
  const value = (at: { period: string; value: number }): string => `${at.period}: ${formatNumber(at.value)}`;
  return [
    {
      head: t('Indikator', 'Indicator'),
      cell: (item) => (
        <>
          {i18n.language === 'da' ? item.nameDa : item.nameEn} <span className="muted">({item.code})</span>
        </>
      ),
    },
    { head: t('Hyppighed', 'Frequency'), cell: (item) => adminTerm(i18n, item.frequency) },
    { head: t('Baseline', 'Baseline'), cell: (item) => (item.baseline ? value(item.baseline) : '–') },
    {
      head: t('Mål', 'Targets'),
      cell: (item) => (item.targets.length === 0 ? '–' : item.targets.map(value).join(', ')),
    },
    {
      head: t('Handlinger', 'Actions'),
      cell: (item) => (
        <button type="button" onClick={() => onEdit(item)}>
          {t(`Redigér ${item.code}`, `Edit ${item.code}`)}
        </button>
      ),
    },
  ];
}
