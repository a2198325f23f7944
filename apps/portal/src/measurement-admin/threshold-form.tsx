import type { MeasurementSettings } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { typedNumber } from './indicator-draft.js';
import { TextField } from './inputs.js';
import { useAction } from './use-action.js';

/** The small-number threshold: counts below it, and sums over too few organisations, are hidden. */
export function ThresholdForm({
  programmeId,
  settings,
}: {
  programmeId: string;
  settings: MeasurementSettings;
}) {
  const { t } = useI18n();
  const { api } = usePortal();
  const action = useAction();
  const [suppressBelow, setSuppressBelow] = useState(String(settings.suppressBelow));
  const [minContributors, setMinContributors] = useState(String(settings.minContributors));
  const [saved, setSaved] = useState('');
  const save = (): Promise<void> =>
    action.run(
      () =>
        api.send<MeasurementSettings>('PUT', `/measurement/programmes/${programmeId}/measurement-settings`, {
          rules: settings.rules,
          suppressBelow: typedNumber(suppressBelow),
          minContributors: typedNumber(minContributors),
        }),
      (answer) =>
        setSaved(
          t(
            `Gemt: antal under ${answer.suppressBelow} vises som «<${answer.suppressBelow}».`,
            `Saved: counts below ${answer.suppressBelow} show as "<${answer.suppressBelow}".`,
          ),
        ),
    );
  return (
    <form
      aria-labelledby="threshold-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="threshold-heading">{t('Grænse for små tal', 'Small-number threshold')}</h2>
      <p>
        {t(
          'Følsomme antal under grænsen vises som «<grænse» for alle uden for den indberettende organisation.',
          'Sensitive counts below the threshold show as "<threshold" to anyone outside the reporting organisation.',
        )}
      </p>
      <TextField
        id="suppress-below"
        type="number"
        label={t('Skjul antal under', 'Hide counts below')}
        value={suppressBelow}
        onChange={setSuppressBelow}
        errors={action.errors}
        pointer="/suppressBelow"
      />
      <TextField
        id="min-contributors"
        type="number"
        label={t('Mindste antal organisationer i en sum', 'Fewest organisations in a total')}
        value={minContributors}
        onChange={setMinContributors}
        errors={action.errors}
        pointer="/minContributors"
      />
      {action.failure !== null && <ErrorMessage error={action.failure} />}
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
