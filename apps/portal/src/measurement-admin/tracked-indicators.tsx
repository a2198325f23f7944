import type { ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useI18n } from '../i18n/i18n.js';
import { adminTerm } from './admin-terms.js';

/** The indicators the programme tracks, with baseline and targets, each with its edit button. */
export function TrackedIndicators({
  tracked,
  onEdit,
}: {
  readonly tracked: readonly ProgrammeIndicatorDto[];
  readonly onEdit: (tracked: ProgrammeIndicatorDto) => void;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  return (
    <div className="table-wrap">
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
            <tr key={item.indicatorId}>
              <th scope="row">
                {i18n.language === 'da' ? item.nameDa : item.nameEn}{' '}
                <span className="muted">({item.code})</span>
              </th>
              <td>{adminTerm(i18n, item.frequency)}</td>
              <td>{item.baseline ? `${item.baseline.period}: ${formatNumber(item.baseline.value)}` : '–'}</td>
              <td>
                {item.targets.length === 0
                  ? '–'
                  : item.targets
                      .map((target) => `${target.period}: ${formatNumber(target.value)}`)
                      .join(', ')}
              </td>
              <td>
                <button type="button" onClick={() => onEdit(item)}>
                  {t(`Redigér ${item.code}`, `Edit ${item.code}`)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
