import type { ReportingPeriodDto } from '@samvirke/contracts';
import { StatusBadge } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { periodsTable } from '../exports/measurement-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { adminTerm } from './admin-terms.js';
import { PeriodActions, type PeriodChanged } from './period-actions.js';
import { TableWrap } from '../components/table-wrap.js';

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
    <>
      <TableWrap label={t('Programmets indberetningsperioder', "The programme's reporting periods")}>
        <table>
          <caption className="visually-hidden">
            {t('Programmets indberetningsperioder', "The programme's reporting periods")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Periode', 'Period')}</th>
              <th scope="col">{t('Hyppighed', 'Frequency')}</th>
              <th scope="col">{t('Frist', 'Deadline')}</th>
              <th scope="col">{t('Status', 'Status')}</th>
              <th scope="col">{t('Handlinger', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <PeriodRow key={period.id} programmeId={programmeId} period={period} onChanged={onChanged} />
            ))}
          </tbody>
        </table>
      </TableWrap>
      <DownloadButtons
        caption={t('programmets indberetningsperioder', "the programme's reporting periods")}
        {...periodsTable(periods, i18n)}
        fileName={t(`${programmeName}-indberetningsperioder`, `${programmeName}-reporting-periods`)}
      />
    </>
  );
}

function PeriodRow({
  programmeId,
  period,
  onChanged,
}: Omit<Props, 'periods' | 'programmeName'> & { period: ReportingPeriodDto }) {
  const i18n = useI18n();
  return (
    <tr>
      <th scope="row">{period.period}</th>
      <td>{adminTerm(i18n, period.frequency)}</td>
      <td>{i18n.formatDate(period.dueDate)}</td>
      <td>
        <StatusBadge status={period.status} label={statusName(i18n, period.status)} />
      </td>
      <td>
        <PeriodActions programmeId={programmeId} period={period} onChanged={onChanged} />
      </td>
    </tr>
  );
}
