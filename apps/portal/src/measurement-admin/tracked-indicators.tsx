import type { ProgrammeIndicatorDto } from '@samvirke/contracts';
import { DownloadButtons } from '../exports/download-buttons.js';
import { trackedTable } from '../exports/measurement-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { adminTerm } from './admin-terms.js';
import { TableWrap } from '../components/table-wrap.js';

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
    <>
      <TableWrap label={t('Indikatorer programmet følger', 'Indicators the programme tracks')}>
        <table>
          <caption className="visually-hidden">
            {t('Indikatorer programmet følger', 'Indicators the programme tracks')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Indikator', 'Indicator')}</th>
              <th scope="col">{t('Hyppighed', 'Frequency')}</th>
              <th scope="col">{t('Baseline', 'Baseline')}</th>
              <th scope="col">{t('Mål', 'Targets')}</th>
              <th scope="col">{t('Handlinger', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tracked.map((item) => (
              <TrackedRow key={item.indicatorId} item={item} onEdit={onEdit} />
            ))}
          </tbody>
        </table>
      </TableWrap>
      <DownloadButtons
        caption={t('indikatorer programmet følger', 'indicators the programme tracks')}
        {...trackedTable(tracked, i18n)}
        fileName={t(`${programmeName}-indikatorer`, `${programmeName}-indicators`)}
      />
    </>
  );
}

function TrackedRow({ item, onEdit }: { item: ProgrammeIndicatorDto; onEdit: Props['onEdit'] }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const value = (at: { period: string; value: number }): string => `${at.period}: ${formatNumber(at.value)}`;
  return (
    <tr>
      <th scope="row">
        {i18n.language === 'da' ? item.nameDa : item.nameEn} <span className="muted">({item.code})</span>
      </th>
      <td>{adminTerm(i18n, item.frequency)}</td>
      <td>{item.baseline ? value(item.baseline) : '–'}</td>
      <td>{item.targets.length === 0 ? '–' : item.targets.map(value).join(', ')}</td>
      <td>
        <button type="button" onClick={() => onEdit(item)}>
          {t(`Redigér ${item.code}`, `Edit ${item.code}`)}
        </button>
      </td>
    </tr>
  );
}
