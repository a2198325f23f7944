import { StatusBadge } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import type { QueueItem } from './approvals-load.js';
import { TableWrap } from '../components/table-wrap.js';

/** Every period and data provider with the status and version of its latest report. */
export function ReportsTable({ items }: { items: QueueItem[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <TableWrap label={t('Status for hver periode og dataleverandør', 'Status per period and data provider')}>
      <table>
        <caption className="visually-hidden">
          {t('Status for hver periode og dataleverandør', 'Status per period and data provider')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Periode', 'Period')}</th>
            <th scope="col">{t('Organisation', 'Organisation')}</th>
            <th scope="col">{t('Status', 'Status')}</th>
            <th scope="col">{t('Version', 'Version')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ period, member, latest }) => (
            <tr key={`${period.id}:${member.organisationId}`}>
              <th scope="row">{period.period}</th>
              <td>{member.organisationName}</td>
              <td>
                <StatusBadge
                  status={latest?.status ?? 'missing'}
                  label={statusName(i18n, latest?.status ?? 'missing')}
                />
              </td>
              <td>{latest?.version ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReportsDownloads items={items} />
    </TableWrap>
  );
}

function ReportsDownloads({ items }: { items: QueueItem[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DownloadButtons
      caption={t('status for hver periode og dataleverandør', 'status per period and data provider')}
      columns={[
        t('Periode', 'Period'),
        t('Organisation', 'Organisation'),
        t('Status', 'Status'),
        t('Version', 'Version'),
      ]}
      rows={items.map(({ period, member, latest }) => [
        period.period,
        member.organisationName,
        statusName(i18n, latest?.status ?? 'missing'),
        latest?.version ?? null,
      ])}
      fileName={t('indberetninger', 'reports')}
    />
  );
}
