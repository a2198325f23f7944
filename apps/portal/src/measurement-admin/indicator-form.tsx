import type { IndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { draftOfIndicator, EMPTY_INDICATOR, indicatorBody } from './indicator-draft.js';
import { DisaggregationFields, IndicatorMeasureFields, IndicatorNameFields } from './indicator-fields.js';
import { TextField } from './inputs.js';
import { useLocalDraft } from './use-local-draft.js';

/**
 * Defines an indicator, or (given the current version) its next version. The draft stays in this
 * browser until the service has it.
 */
export function IndicatorForm({
  current,
  onSaved,
  onCancel,
}: {
  readonly current?: IndicatorDto;
  readonly onSaved: (indicator: IndicatorDto) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const initial = current ? draftOfIndicator(current) : EMPTY_INDICATOR;
  const { draft, change, discard } = useLocalDraft(
    current ? `indicator-version.${current.id}` : 'indicator',
    initial,
  );
  const answer = useServerAnswer();
  const [busy, setBusy] = useState(false);
  const heading = current
    ? t(`Ny version af ${current.code}`, `New version of ${current.code}`)
    : t('Definér en indikator', 'Define an indicator');

  async function save(): Promise<void> {
    setBusy(true);
    try {
      const saved = current
        ? await api.send<IndicatorDto>(
            'POST',
            `/measurement/indicators/${current.id}/versions`,
            indicatorBody(draft, false),
          )
        : await api.send<IndicatorDto>('POST', '/measurement/indicators', indicatorBody(draft, true));
      answer.clear();
      discard();
      onSaved(saved);
    } catch (error) {
      answer.fail(error);
    } finally {
      setBusy(false);
    }
  }

  const errors = answer.fieldErrors;
  return (
    <form
      aria-labelledby="indicator-form-heading"
      noValidate
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="indicator-form-heading">{heading}</h2>
      <p className="muted">
        {t(
          'Kladden gemmes i denne browser, indtil indikatoren er gemt.',
          'The draft is kept in this browser until the indicator is saved.',
        )}
      </p>
      {current ? (
        <p>
          {t(
            `Den nye version får koden ${current.lineage}.v${current.version + 1}. Programmer, der følger ${current.code}, beholder den.`,
            `The new version gets the code ${current.lineage}.v${current.version + 1}. Programmes that track ${current.code} keep it.`,
          )}
        </p>
      ) : (
        <TextField
          id="indicator-code"
          label={t('Kode', 'Code')}
          value={draft.code}
          onChange={(code) => change({ code })}
          errors={errors}
          pointer="/code"
          hint={t(
            'Små bogstaver og tal, fx hjemloese-unge',
            'Lowercase letters and digits, e.g. homeless-youth',
          )}
        />
      )}
      <IndicatorNameFields draft={draft} errors={errors} change={change} />
      <IndicatorMeasureFields draft={draft} errors={errors} change={change} />
      <DisaggregationFields draft={draft} errors={errors} change={change} />
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {current
            ? t('Gem den nye version', 'Save the new version')
            : t('Gem indikatoren', 'Save the indicator')}
        </button>
        <button
          type="button"
          onClick={() => {
            discard();
            onCancel();
          }}
        >
          {t('Kassér kladden', 'Discard the draft')}
        </button>
      </div>
    </form>
  );
}
