import type { IndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { adminTerm } from './admin-terms.js';

interface Props {
  readonly indicators: readonly IndicatorDto[];
  /** Given when the reader may version and retire (the service's roles). */
  readonly manage?: {
    onVersion: (indicator: IndicatorDto) => void;
    onRetired: (indicator: IndicatorDto) => void;
  };
}

/** The library's indicators with their version and status, and what the reader may do with each. */
export function IndicatorTable({ indicators, manage }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="table-wrap">
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
            {manage && <th scope="col">{t('Handlinger', 'Actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id}>
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
                  <span className="muted">
                    {' '}
                    {t(`af ${indicator.supersededBy}`, `by ${indicator.supersededBy}`)}
                  </span>
                )}
              </td>
              {manage && (
                <td>
                  <IndicatorActions indicator={indicator} {...manage} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A new version (of the current one) and retirement, asked once more before it happens. */
function IndicatorActions({
  indicator,
  onVersion,
  onRetired,
}: { readonly indicator: IndicatorDto } & NonNullable<Props['manage']>) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  if (indicator.status === 'retired') return <span className="muted">–</span>;
  async function retire(): Promise<void> {
    try {
      onRetired(await api.send<IndicatorDto>('POST', `/measurement/indicators/${indicator.id}/retire`));
    } catch (error) {
      setFailure(error);
    }
  }
  if (confirming)
    return (
      <div className="inline-form">
        <span>
          {t(
            `Udfas ${indicator.code}? Programmer, der følger den, beholder den.`,
            `Retire ${indicator.code}? Programmes that track it keep it.`,
          )}
        </span>
        <button type="button" className="primary" onClick={() => void retire()}>
          {t(`Ja, udfas ${indicator.code}`, `Yes, retire ${indicator.code}`)}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t('Fortryd', 'Cancel')}
        </button>
        {failure !== null && <ErrorMessage error={failure} />}
      </div>
    );
  return (
    <div className="inline-form">
      {indicator.status === 'current' && (
        <button type="button" onClick={() => onVersion(indicator)}>
          {t(`Ny version af ${indicator.code}`, `New version of ${indicator.code}`)}
        </button>
      )}
      <button type="button" onClick={() => setConfirming(true)}>
        {t(`Udfas ${indicator.code}`, `Retire ${indicator.code}`)}
      </button>
    </div>
  );
}
