import type { IndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { FormFailure } from './form-failure.js';
import { useAction } from './use-action.js';

export interface IndicatorManagement {
  readonly onVersion: (indicator: IndicatorDto) => void;
  readonly onRetired: (indicator: IndicatorDto) => void;
}

/** A new version (of the current one) and retirement, asked once more before it happens. */
export function IndicatorActions({
  indicator,
  onVersion,
  onRetired,
}: { indicator: IndicatorDto } & IndicatorManagement) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (indicator.status === 'retired') return <span className="muted">–</span>;
  if (confirming)
    return (
      <ConfirmRetire indicator={indicator} onRetired={onRetired} onCancel={() => setConfirming(false)} />
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

function ConfirmRetire({
  indicator,
  onRetired,
  onCancel,
}: {
  indicator: IndicatorDto;
  onRetired: IndicatorManagement['onRetired'];
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const retire = (): Promise<void> =>
    action.run(
      () => api.send<IndicatorDto>('POST', `/measurement/indicators/${indicator.id}/retire`),
      onRetired,
    );
  return (
    <div className="inline-form">
      <span>
        {t(
          `Udfas ${indicator.code}? Programmer, der følger den, beholder den.`,
          `Retire ${indicator.code}? Programmes that track it keep it.`,
        )}
      </span>
      <button type="button" className="primary" disabled={action.busy} onClick={() => void retire()}>
        {t(`Ja, udfas ${indicator.code}`, `Yes, retire ${indicator.code}`)}
      </button>
      <button type="button" onClick={onCancel}>
        {t('Fortryd', 'Cancel')}
      </button>
      <FormFailure failure={action.failure} errors={action.errors} />
    </div>
  );
}
