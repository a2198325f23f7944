import { Table, type Column } from '../components/data-table.js';
import { StatusBadge } from '../components/status.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import type { QueueItem } from './approvals-load.js';

/** Every period and data provider with the status and version of its latest report. */
export function ReportsTable({ items }: { items: QueueItem[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const columns = reportColumns(i18n);
  return (
    <Table
      label={t('Status for hver periode og dataleverandør', 'Status per period and data provider')}
      columns={columns}
      rows={items}
      rowKey={({ period, member }) => `${period.id}:${member.organisationId}`}
      downloads={{
        caption: t('status for hver periode og dataleverandør', 'status per period and data provider'),
        columns: columns.map((column) => column.head),
        rows: items.map(({ period, member, latest }) => [
          period.period,
          member.organisationName,
          statusName(i18n, latest?.status ?? 'missing'),
          latest?.version ?? null,
        ]),
        fileName: t('indberetninger', 'reports'),
      }}
    />
  );
}

function reportColumns(i18n: I18n): Column<QueueItem>[] {
  const { t } = i18n;
  return [
    { head: t('Periode', 'Period'), cell: ({ period }) => period.period },
    { head: t('Organisation', 'Organisation'), cell: ({ member }) => member.organisationName },
    {
      head: t('Status', 'Status'),
      cell: ({ latest }) => (
        <StatusBadge
          status={latest?.status ?? 'missing'}
          label={statusName(i18n, latest?.status ?? 'missing')}
        />
      ),
    },
    { head: t('Version', 'Version'), cell: ({ latest }) => latest?.version ?? '–' },
  ];
}
