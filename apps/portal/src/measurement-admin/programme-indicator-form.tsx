import { REPORTING_FREQUENCIES, type IndicatorDto, type ProgrammeIndicatorDto } from '@samvirke/contracts';
import type { Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { termOptions } from './admin-terms.js';
import { CheckField, SelectField, TextField } from './inputs.js';
import { programmeIndicatorBody, type ProgrammeIndicatorDraft } from './programme-indicator-draft.js';
import { useAction } from './use-action.js';

interface Props {
  readonly programmeId: string;
  readonly addable: readonly IndicatorDto[];
  /** Set when an indicator the programme tracks is being edited (its code is fixed then). */
  readonly editing: boolean;
  readonly draft: ProgrammeIndicatorDraft;
  readonly change: (patch: Partial<ProgrammeIndicatorDraft>) => void;
  readonly onSaved: (configured: ProgrammeIndicatorDto) => void;
  readonly onCancel: () => void;
}

/** Adds an indicator to the programme, or changes how it is tracked: frequency, baseline, targets. */
export function ProgrammeIndicatorForm({
  programmeId,
  addable,
  editing,
  draft,
  change,
  onSaved,
  onCancel,
}: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const action = useAction();
  const errors = action.errors;
  const options = editing
    ? [{ value: draft.code, label: draft.code }]
    : [
        { value: '', label: t('Vælg en indikator', 'Choose an indicator') },
        ...addable.map((item) => ({
          value: item.code,
          label: `${i18n.language === 'da' ? item.nameDa : item.nameEn} (${item.code})`,
        })),
      ];
  const save = (): Promise<void> =>
    action.run(
      () =>
        api.send<ProgrammeIndicatorDto>(
          'PUT',
          `/measurement/programmes/${programmeId}/indicators/${encodeURIComponent(draft.code)}`,
          programmeIndicatorBody(draft),
        ),
      onSaved,
    );
  return (
    <form
      aria-labelledby="programme-indicator-heading"
      noValidate
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="programme-indicator-heading">
        {editing
          ? t(`Redigér ${draft.code}`, `Edit ${draft.code}`)
          : t('Tilføj en indikator', 'Add an indicator')}
      </h3>
      <p className="muted">
        {t(
          'Kladden gemmes i denne browser, indtil den er gemt.',
          'The draft is kept in this browser until it is saved.',
        )}
      </p>
      <SelectField
        id="programme-indicator-code"
        label={t('Indikator', 'Indicator')}
        value={draft.code}
        onChange={(code) => change({ code })}
        errors={errors}
        pointer="/code"
        options={options}
      />
      <SelectField
        id="programme-indicator-frequency"
        label={t('Hyppighed', 'Frequency')}
        value={draft.frequency}
        onChange={(frequency) => change({ frequency: frequency as ProgrammeIndicatorDraft['frequency'] })}
        errors={errors}
        pointer="/frequency"
        options={termOptions(i18n, REPORTING_FREQUENCIES)}
      />
      <fieldset>
        <legend>{t('Baseline', 'Baseline')}</legend>
        <TextField
          id="baseline-period"
          label={t('Baseline-periode', 'Baseline period')}
          value={draft.baselinePeriod}
          hint={t('Fx 2026, 2026-Q2 eller 2026-03', 'E.g. 2026, 2026-Q2 or 2026-03')}
          onChange={(baselinePeriod) => change({ baselinePeriod })}
          errors={errors}
          pointer="/baseline/period"
        />
        <TextField
          id="baseline-value"
          type="number"
          label={t('Baseline-værdi', 'Baseline value')}
          value={draft.baselineValue}
          onChange={(baselineValue) => change({ baselineValue })}
          errors={errors}
          pointer="/baseline/value"
        />
      </fieldset>
      <TargetFields draft={draft} change={change} errors={errors} />
      <CheckField
        id="programme-indicator-required"
        label={t('Skal indberettes', 'Must be reported')}
        checked={draft.required}
        onChange={(required) => change({ required })}
      />
      {action.failure !== null && <ErrorMessage error={action.failure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy || draft.code === ''}>
          {t('Gem indikatoren for programmet', 'Save the indicator for the programme')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('Kassér kladden', 'Discard the draft')}
        </button>
      </div>
    </form>
  );
}

function TargetFields({
  draft,
  change,
  errors,
}: {
  draft: ProgrammeIndicatorDraft;
  change: Props['change'];
  errors: Errors;
}) {
  const { t } = useI18n();
  const targets = draft.targets;
  const update = (index: number, patch: Partial<ProgrammeIndicatorDraft['targets'][number]>): void =>
    change({ targets: targets.map((target, at) => (at === index ? { ...target, ...patch } : target)) });
  return (
    <fieldset>
      <legend>{t('Mål pr. periode', 'Targets per period')}</legend>
      {targets.map((target, index) => (
        <div key={index} className="budget-line">
          <TextField
            id={`target-${index}-period`}
            label={t(`Mål ${index + 1}: periode`, `Target ${index + 1}: period`)}
            value={target.period}
            onChange={(period) => update(index, { period })}
            errors={errors}
            pointer={`/targets/${index}/period`}
          />
          <TextField
            id={`target-${index}-value`}
            type="number"
            label={t(`Mål ${index + 1}: værdi`, `Target ${index + 1}: value`)}
            value={target.value}
            onChange={(value) => update(index, { value })}
            errors={errors}
            pointer={`/targets/${index}/value`}
          />
          <button type="button" onClick={() => change({ targets: targets.filter((_, at) => at !== index) })}>
            {t(`Fjern mål ${index + 1}`, `Remove target ${index + 1}`)}
          </button>
        </div>
      ))}
      {errors['/targets'] && <p className="field-error">{errors['/targets']}</p>}
      <button type="button" onClick={() => change({ targets: [...targets, { period: '', value: '' }] })}>
        {t('Tilføj et mål', 'Add a target')}
      </button>
    </fieldset>
  );
}
