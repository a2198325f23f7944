import {
  GOOD_DIRECTIONS,
  PERFORMANCE_QUESTIONS,
  RBA_KINDS,
  REPORTING_FREQUENCIES,
  type IndicatorDto,
  type ProgrammeDto,
  type ProgrammeIndicatorDto,
} from '@samvirke/contracts';

/** One goal of the programme's common agenda. */
export type Goal = ProgrammeDto['goals'][number];
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { termOptions } from './admin-terms.js';
import { DraftButtons, DraftNote } from './form-buttons.js';
import { FormFailure } from './form-failure.js';
import { binder, CheckField, SelectField, submitWith, TextField } from './inputs.js';
import { programmeIndicatorBody, type ProgrammeIndicatorDraft } from './programme-indicator-draft.js';
import { TargetFields } from './target-fields.js';
import { useAction } from './use-action.js';

export interface ProgrammeIndicatorFormProps {
  readonly programmeId: string;
  readonly addable: readonly IndicatorDto[];
  /** The goals of the programme's common agenda, which the indicator may serve. */
  readonly goals: readonly Goal[];
  /** Set when an indicator the programme tracks is being edited (its code is fixed then). */
  readonly editing: boolean;
  readonly draft: ProgrammeIndicatorDraft;
  readonly change: (patch: Partial<ProgrammeIndicatorDraft>) => void;
  readonly onSaved: (configured: ProgrammeIndicatorDto) => void;
  readonly onCancel: () => void;
}

/** Adds an indicator to the programme, or changes how it is tracked: frequency, baseline, targets. */
export function ProgrammeIndicatorForm(props: ProgrammeIndicatorFormProps) {
  const { t } = useI18n();
  const { api } = usePortal();
  const { programmeId, editing, draft, change, onSaved, onCancel } = props;
  const action = useAction();
  const path = `/measurement/programmes/${programmeId}/indicators/${encodeURIComponent(draft.code)}`;
  const save = (): Promise<void> =>
    action.run(() => api.send<ProgrammeIndicatorDto>('PUT', path, programmeIndicatorBody(draft)), onSaved);
  return (
    <form
      aria-labelledby="programme-indicator-heading"
      noValidate
      className="panel"
      onSubmit={submitWith(save)}
    >
      <h3 id="programme-indicator-heading">
        {editing
          ? t(`Redigér ${draft.code}`, `Edit ${draft.code}`)
          : t('Tilføj en indikator', 'Add an indicator')}
      </h3>
      <DraftNote />
      <TrackingFields {...props} errors={action.errors} />
      <TargetFields draft={draft} change={change} errors={action.errors} />
      <GoalFields goals={props.goals} draft={draft} change={change} errors={action.errors} />
      <CheckField
        id="programme-indicator-required"
        label={t('Skal indberettes', 'Must be reported')}
        checked={draft.required}
        onChange={(required) => change({ required })}
      />
      <FormFailure failure={action.failure} errors={action.errors} />
      <DraftButtons
        busy={action.busy}
        disabled={draft.code === ''}
        saveLabel={t('Gem indikatoren for programmet', 'Save the indicator for the programme')}
        onDiscard={onCancel}
      />
    </form>
  );
}

/** Which indicator, how often, and from which baseline. */
function TrackingFields({
  addable,
  editing,
  draft,
  change,
  errors,
}: ProgrammeIndicatorFormProps & { errors: Record<string, string> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const bind = binder('programme-indicator', draft, change, errors);
  const options = editing
    ? [{ value: draft.code, label: draft.code }]
    : [
        { value: '', label: t('Vælg en indikator', 'Choose an indicator') },
        ...addable.map((item) => ({
          value: item.code,
          label: `${i18n.language === 'da' ? item.nameDa : item.nameEn} (${item.code})`,
        })),
      ];
  return (
    <>
      <SelectField {...bind('code')} label={t('Indikator', 'Indicator')} options={options} />
      <SelectField
        {...bind('frequency')}
        label={t('Hyppighed', 'Frequency')}
        options={termOptions(i18n, REPORTING_FREQUENCIES)}
      />
      <BaselineFields bind={bind} />
      <RbaFields draft={draft} change={change} errors={errors} />
    </>
  );
}

function BaselineFields({ bind }: { bind: ReturnType<typeof binder<ProgrammeIndicatorDraft>> }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('Baseline', 'Baseline')}</legend>
      <TextField
        {...bind('baselinePeriod')}
        pointer="/baseline/period"
        label={t('Baseline-periode', 'Baseline period')}
        hint={t('Fx 2026, 2026-Q2 eller 2026-03', 'E.g. 2026, 2026-Q2 or 2026-03')}
      />
      <TextField
        {...bind('baselineValue')}
        pointer="/baseline/value"
        type="number"
        label={t('Baseline-værdi', 'Baseline value')}
      />
    </fieldset>
  );
}

/** Results-Based Accountability: population indicator or performance measure, and a good trend's direction. */
function RbaFields({
  draft,
  change,
  errors,
}: {
  draft: ProgrammeIndicatorDraft;
  change: (patch: Partial<ProgrammeIndicatorDraft>) => void;
  errors: Record<string, string>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const bind = binder('programme-indicator', draft, change, errors);
  const none = (label: string) => [{ value: '', label }];
  return (
    <fieldset>
      <legend>{t('Resultatbaseret styring (RBA)', 'Results-Based Accountability')}</legend>
      <SelectField
        {...bind('rbaKind')}
        label={t('Slags indikator', 'Kind of indicator')}
        options={[...none(t('Ikke angivet', 'Not set')), ...termOptions(i18n, RBA_KINDS)]}
      />
      {(draft.rbaKind ?? '') === 'performance' && (
        <SelectField
          {...bind('performanceQuestion')}
          label={t('Spørgsmål', 'Question')}
          options={[...none(t('Ikke angivet', 'Not set')), ...termOptions(i18n, PERFORMANCE_QUESTIONS)]}
        />
      )}
      <SelectField
        {...bind('goodDirection')}
        label={t('En god udvikling går', 'A good trend goes')}
        options={[
          ...none(t('Som indikatorens polaritet', "As the indicator's polarity")),
          ...termOptions(i18n, GOOD_DIRECTIONS),
        ]}
      />
    </fieldset>
  );
}

interface GoalFieldsProps {
  readonly goals: readonly Goal[];
  readonly draft: ProgrammeIndicatorDraft;
  readonly change: (patch: Partial<ProgrammeIndicatorDraft>) => void;
  readonly errors: Record<string, string>;
}

/** Which of the programme's goals the indicator measures: a goal with none shows as uncovered. */
function GoalFields({ goals, draft, change, errors }: GoalFieldsProps) {
  const { t } = useI18n();
  if (goals.length === 0) return null;
  const chosen = draft.goalIds ?? [];
  const toggle = (goalId: string, on: boolean): void =>
    change({ goalIds: on ? [...chosen, goalId] : chosen.filter((id) => id !== goalId) });
  const error = Object.entries(errors).find(([pointer]) => pointer.startsWith('/goalIds'))?.[1];
  return (
    <fieldset>
      <legend>{t('Mål, indikatoren måler', 'Goals the indicator measures')}</legend>
      {goals.map((goal) => (
        <CheckField
          key={goal.id}
          id={`programme-indicator-goal-${goal.id}`}
          label={goal.title}
          checked={chosen.includes(goal.id)}
          onChange={(on) => toggle(goal.id, on)}
        />
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
