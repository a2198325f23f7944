import type { ReportingPeriodDto } from '@samvirke/contracts';
import { Table, type Column } from '../components/data-table.js';
import { StatusBadge } from '../components/status.js';
import { periodsTable } from '../exports/measurement-rows.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { adminTerm } from './admin-terms.js';
import { PeriodActions, type PeriodChanged } from './period-actions.js';
import { PeriodLock } from './period-lock.js';

interface Props {
  readonly programmeId: string;
  /** Names the downloaded file. */
  readonly programmeName: string;
  readonly periods: readonly ReportingPeriodDto[];
  readonly onChanged: PeriodChanged;
}

/** The programme's periods with their deadlines, status and what may be done with each. */
export function PeriodsTable({ programmeId, programmeName, periods, onChanged }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <Table
      label={t('Programmets indberetningsperioder', "The programme's reporting periods")}
      columns={periodColumns(i18n, programmeId, onChanged)}
      rows={periods}
      rowKey={(period) => period.id}
      downloads={{
        caption: t('programmets indberetningsperioder', "the programme's reporting periods"),
        ...periodsTable(periods, i18n),
        fileName: t(`${programmeName}-indberetningsperioder`, `${programmeName}-reporting-periods`),
      }}
    />
  );
}

function periodColumns(
  i18n: I18n,
  programmeId: string,
  onChanged: PeriodChanged,
): Column<ReportingPeriodDto>[] {
  const { t } = i18n;
  return [
    { head: t('Periode', 'Period'), cell: (period) => period.period },
    { head: t('Hyppighed', 'Frequency'), cell: (period) => adminTerm(i18n, period.frequency) },
    { head: t('Frist', 'Deadline'), cell: (period) => i18n.formatDate(period.dueDate) },
    {
      head: t('Status', 'Status'),
      cell: (period) => <StatusBadge status={period.status} label={statusName(i18n, period.status)} />,
    },
    {
      head: t('Handlinger', 'Actions'),
      cell: (period) => (
        <>
          <PeriodActions programmeId={programmeId} period={period} onChanged={onChanged} />
          <PeriodLock programmeId={programmeId} period={period} onChanged={onChanged} />
        </>
      ),
    },
  ];
}
