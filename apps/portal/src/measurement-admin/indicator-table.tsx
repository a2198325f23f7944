import type { IndicatorDto } from '@samvirke/contracts';
import { StatusBadge } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { libraryTable } from '../exports/measurement-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { adminTerm } from './admin-terms.js';
import { IndicatorActions, type IndicatorManagement } from './indicator-actions.js';
import { TableWrap } from '../components/table-wrap.js';

interface Props {
  readonly indicators: readonly IndicatorDto[];
  /** Given when the reader may version and retire (the service's roles). */
  readonly manage?: IndicatorManagement;
}

/** The library's indicators with their version and status, and what the reader may do with each. */
export function IndicatorTable({ indicators, manage }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <TableWrap label={t('Indikatorer i biblioteket', 'Indicators in the library')}>
        <table>
          <caption className="visually-hidden">
            {t('Indikatorer i biblioteket', 'Indicators in the library')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Kode', 'Code')}</th>
              <th scope="col">{t('Navn', 'Name')}</th>
              <th scope="col">{t('Enhed', 'Unit')}</th>
              <th scope="col">{t('Version', 'Version')}</th>
              <th scope="col">{t('Status', 'Status')}</th>
              <th scope="col">{t('Officiel statistik', 'Official statistics')}</th>
              {manage && <th scope="col">{t('Handlinger', 'Actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <IndicatorRow key={indicator.id} indicator={indicator} manage={manage} />
            ))}
          </tbody>
        </table>
      </TableWrap>
      <DownloadButtons
        caption={t('indikatorer i biblioteket', 'indicators in the library')}
        {...libraryTable(indicators, i18n)}
        fileName={t('indikatorbibliotek', 'indicator-library')}
      />
    </>
  );
}

function IndicatorRow({
  indicator,
  manage,
}: {
  indicator: IndicatorDto;
  manage: IndicatorManagement | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <tr>
      <th scope="row">{indicator.code}</th>
      <td>{i18n.language === 'da' ? indicator.nameDa : indicator.nameEn}</td>
      <td>{adminTerm(i18n, indicator.unit)}</td>
      <td className="num">{indicator.version}</td>
      <td>
        <StatusBadge
          status={indicator.status === 'current' ? 'open' : 'closed'}
          label={adminTerm(i18n, indicator.status)}
        />
        {indicator.supersededBy && (
          <span className="muted"> {supersededNote(t, indicator.status, indicator.supersededBy)}</span>
        )}
      </td>
      <td>
        <a href={`/indicators/${indicator.id}/statistics`}>
          {t(`Statistik for ${indicator.code}`, `Statistics for ${indicator.code}`)}
        </a>
      </td>
      {manage && (
        <td>
          <IndicatorActions indicator={indicator} {...manage} />
        </td>
      )}
    </tr>
  );
}

/** "af v2" beside Erstattet; beside Udfaset, which version had replaced it before. */
function supersededNote(
  t: (da: string, en: string) => string,
  status: IndicatorDto['status'],
  by: string,
): string {
  return status === 'superseded'
    ? t(`af ${by}`, `by ${by}`)
    : t(`(erstattet af ${by})`, `(replaced by ${by})`);
}
