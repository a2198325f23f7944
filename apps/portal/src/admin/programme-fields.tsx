import { PROGRAMME_STATUSES } from '@samvirke/contracts';
import { Field, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { TextField } from './text-field.js';
import { sentGoalIndexes, slugOf, type GoalDraft, type ProgrammeForm } from './programme-form.js';

type Change = (patch: Partial<ProgrammeForm>) => void;

interface Props {
  readonly form: ProgrammeForm;
  readonly errors: Errors;
  readonly change: Change;
}

/** Name and (for a new programme) its short address, which follows the name until edited. */
export function NameFields({ form, errors, change, creating }: Props & { creating: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id="programme-name"
        label={t('Navn', 'Name')}
        pointer="/name"
        value={form.name}
        errors={errors}
        onChange={(name) =>
          change(creating && form.slug === slugOf(form.name) ? { name, slug: slugOf(name) } : { name })
        }
      />
      {creating && (
        <TextField
          id="programme-slug"
          label={t('Kort adresse (små bogstaver og bindestreger)', 'Short address (lowercase and hyphens)')}
          pointer="/slug"
          value={form.slug}
          errors={errors}
          onChange={(slug) => change({ slug })}
        />
      )}
    </>
  );
}

/** The problem, the vision and the themes. */
export function AgendaFields({ form, errors, change }: Props) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id="programme-problem"
        label={t('Problemet', 'The problem')}
        pointer="/problemStatement"
        value={form.problemStatement}
        errors={errors}
        rows={5}
        onChange={(problemStatement) => change({ problemStatement })}
      />
      <TextField
        id="programme-vision"
        label={t('Visionen', 'The vision')}
        pointer="/vision"
        value={form.vision}
        errors={errors}
        rows={4}
        onChange={(vision) => change({ vision })}
      />
      <TextField
        id="programme-themes"
        label={t('Temaer (adskilt med komma)', 'Themes (separated by commas)')}
        pointer="/themes"
        value={form.themes}
        errors={errors}
        onChange={(themes) => change({ themes })}
      />
    </>
  );
}

/** Start and end dates, and (when editing) the status. */
export function DateFields({ form, errors, change, creating }: Props & { creating: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="two-columns">
      <TextField
        id="programme-start"
        type="date"
        label={t('Startdato', 'Start date')}
        pointer="/startDate"
        value={form.startDate}
        errors={errors}
        onChange={(startDate) => change({ startDate })}
      />
      <TextField
        id="programme-end"
        type="date"
        label={t('Slutdato (valgfri)', 'End date (optional)')}
        pointer="/endDate"
        value={form.endDate}
        errors={errors}
        onChange={(endDate) => change({ endDate })}
      />
      {!creating && (
        <Field id="programme-status" label={t('Status', 'Status')} errors={errors} pointer="/status">
          <select
            id="programme-status"
            value={form.status}
            onChange={(e) => change({ status: e.target.value as ProgrammeForm['status'] })}
          >
            {PROGRAMME_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusName(i18n, status)}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}

/** The goals in order; a goal that exists keeps its id, so the activities serving it stay linked. */
export function GoalsFieldset({ form, errors, change }: Props) {
  const { t } = useI18n();
  const sent = sentGoalIndexes(form.goals);
  const setGoal = (index: number, patch: Partial<GoalDraft>): void =>
    change({ goals: form.goals.map((goal, i) => (i === index ? { ...goal, ...patch } : goal)) });
  return (
    <fieldset>
      <legend>{t('Mål', 'Goals')}</legend>
      {errors['/goals'] && <p className="field-error">{errors['/goals']}</p>}
      {form.goals.map((goal, index) => {
        const at = sent[index] ?? form.goals.length + index;
        const number = index + 1;
        return (
          <div key={goal.id ?? `new-${index}`} className="panel">
            <TextField
              id={`goal-${index}-title`}
              label={t(`Mål ${number}: titel`, `Goal ${number}: title`)}
              pointer={`/goals/${at}/title`}
              value={goal.title}
              errors={errors}
              onChange={(title) => setGoal(index, { title })}
            />
            <TextField
              id={`goal-${index}-description`}
              label={t(`Mål ${number}: beskrivelse`, `Goal ${number}: description`)}
              pointer={`/goals/${at}/description`}
              value={goal.description}
              errors={errors}
              rows={2}
              onChange={(description) => setGoal(index, { description })}
            />
            <button type="button" onClick={() => change({ goals: form.goals.filter((_, i) => i !== index) })}>
              {t(`Fjern mål ${number}`, `Remove goal ${number}`)}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => change({ goals: [...form.goals, { title: '', description: '' }] })}
      >
        {t('Tilføj et mål', 'Add a goal')}
      </button>
    </fieldset>
  );
}
