import type { MeasurementSettings } from '@samvirke/contracts';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { FormFailure } from './form-failure.js';
import { typedNumber } from './indicator-draft.js';
import { binder, submitWith, TextField } from './inputs.js';
import { useAction } from './use-action.js';

/** Saves the thresholds (keeping the programme's cross-indicator rules) and says what they mean now. */
function useThresholds(programmeId: string, settings: MeasurementSettings) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [draft, setDraft] = useState({
    suppressBelow: String(settings.suppressBelow),
    minContributors: String(settings.minContributors),
  });
  const [saved, setSaved] = useState('');
  const body = {
    rules: settings.rules,
    suppressBelow: typedNumber(draft.suppressBelow),
    minContributors: typedNumber(draft.minContributors),
  };
  const said = (answer: MeasurementSettings): void =>
    setSaved(
      t(
        `Gemt: antal under ${answer.suppressBelow} vises som «<${answer.suppressBelow}».`,
        `Saved: counts below ${answer.suppressBelow} show as "<${answer.suppressBelow}".`,
      ),
    );
  const save = (): Promise<void> =>
    action.run(
      () =>
        api.send<MeasurementSettings>(
          'PUT',
          `/measurement/programmes/${programmeId}/measurement-settings`,
          body,
        ),
      said,
    );
  const bind = binder('threshold', draft, (patch) => setDraft({ ...draft, ...patch }), action.errors);
  return { action, save, saved, bind };
}

/** The small-number threshold: counts below it, and sums over too few organisations, are hidden. */
export function ThresholdForm({
  programmeId,
  settings,
}: {
  programmeId: string;
  settings: MeasurementSettings;
}) {
  const { t } = useI18n();
  const { action, save, saved, bind } = useThresholds(programmeId, settings);
  return (
    <form aria-labelledby="threshold-heading" noValidate onSubmit={submitWith(save)}>
      <h2 id="threshold-heading">{t('Grænse for små tal', 'Small-number threshold')}</h2>
      <p>
        {t(
          'Følsomme antal under grænsen vises som «<grænse» for alle uden for den indberettende organisation.',
          'Sensitive counts below the threshold show as "<threshold" to anyone outside the reporting organisation.',
        )}
      </p>
      <TextField
        {...bind('suppressBelow')}
        type="number"
        label={t('Skjul antal under', 'Hide counts below')}
      />
      <TextField
        {...bind('minContributors')}
        type="number"
        label={t('Mindste antal organisationer i en sum', 'Fewest organisations in a total')}
      />
      <FormFailure failure={action.failure} errors={action.errors} />
      <p role="status" className="notice">
        {saved}
      </p>
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy}>
          {t('Gem grænsen', 'Save the threshold')}
        </button>
      </div>
    </form>
  );
}
