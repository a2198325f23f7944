import { PROGRAMME_STATUSES } from '@samvirke/contracts';
import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { SelectField } from './select-field.js';
import { TextField } from './text-field.js';
import { dateRange, TextFields, type TextSpec } from './text-fields.js';
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

const AGENDA: readonly TextSpec<'problemStatement' | 'vision' | 'themes'>[] = [
  { name: 'problemStatement', id: 'programme-problem', da: 'Problemet', en: 'The problem', rows: 5 },
  { name: 'vision', id: 'programme-vision', da: 'Visionen', en: 'The vision', rows: 4 },
  {
    name: 'themes',
    id: 'programme-themes',
    da: 'Temaer (adskilt med komma)',
    en: 'Themes (separated by commas)',
  },
];

/** The problem, the vision and the themes. */
export function AgendaFields({ form, errors, change }: Props) {
  return <TextFields fields={AGENDA} values={form} errors={errors} change={change} />;
}

/** Start and end dates, and (when editing) the status. */
export function DateFields({ form, errors, change, creating }: Props & { creating: boolean }) {
  const i18n = useI18n();
  return (
    <div className="two-columns">
      <TextFields fields={dateRange('programme', false)} values={form} errors={errors} change={change} />
      {!creating && (
        <SelectField
          id="programme-status"
          label={i18n.t('Status', 'Status')}
          pointer="/status"
          value={form.status}
          options={PROGRAMME_STATUSES.map((status) => ({ value: status, label: statusName(i18n, status) }))}
          errors={errors}
          onChange={(status) => change({ status })}
        />
      )}
    </div>
  );
}

export type Choice = { readonly value: string; readonly label: string };

const CHOICES = {
  backboneOrganisationId: {
    da: 'Backbone-organisation',
    en: 'Backbone organisation',
    none: ['Ingen endnu', 'None yet'],
  },
  funderOrganisationId: {
    da: 'Bevillingsgiver (fond)',
    en: 'Funder (foundation)',
    none: ['Vælg …', 'Choose …'],
  },
} as const;

/**
 * An organisation the programme names: its backbone (one of the members with the backbone role)
 * or, for a programme a platform admin creates, its funding foundation.
 */
export function OrganisationChoice({
  form,
  errors,
  change,
  name,
  choices,
}: Props & { name: keyof typeof CHOICES; choices: readonly Choice[] }) {
  const { t } = useI18n();
  const words = CHOICES[name];
  return (
    <SelectField
      id={`programme-${name}`}
      label={t(words.da, words.en)}
      pointer={`/${name}`}
      value={form[name]}
      options={[{ value: '', label: t(words.none[0], words.none[1]) }, ...choices]}
      errors={errors}
      onChange={(value) => change({ [name]: value })}
    />
  );
}

/** The goals in order; a goal that exists keeps its id, so the activities serving it stay linked. */
export function GoalsFieldset({ form, errors, change }: Props) {
  const { t } = useI18n();
  const sent = sentGoalIndexes(form.goals);
  return (
    <fieldset>
      <legend>{t('Mål', 'Goals')}</legend>
      {errors['/goals'] && <p className="field-error">{errors['/goals']}</p>}
      {form.goals.map((goal, index) => (
        <GoalLine
          key={goal.id ?? `new-${index}`}
          goal={goal}
          index={index}
          pointer={`/goals/${sent[index] ?? form.goals.length + index}`}
          errors={errors}
          setGoal={(patch) =>
            change({ goals: form.goals.map((g, i) => (i === index ? { ...g, ...patch } : g)) })
          }
          remove={() => change({ goals: form.goals.filter((_, i) => i !== index) })}
        />
      ))}
      <button
        type="button"
        onClick={() => change({ goals: [...form.goals, { title: '', description: '' }] })}
      >
        {t('Tilføj et mål', 'Add a goal')}
      </button>
    </fieldset>
  );
}

/** One goal; `pointer` is where the service names it (blank lines are not sent, so it may differ). */
interface GoalLineProps {
  readonly goal: GoalDraft;
  readonly index: number;
  readonly pointer: string;
  readonly errors: Errors;
  readonly setGoal: (patch: Partial<GoalDraft>) => void;
  readonly remove: () => void;
}

function GoalLine({ goal, index, pointer, errors, setGoal, remove }: GoalLineProps) {
  const { t } = useI18n();
  const number = index + 1;
  return (
    <div className="panel">
      <TextField
        id={`goal-${index}-title`}
        label={t(`Mål ${number}: titel`, `Goal ${number}: title`)}
        pointer={`${pointer}/title`}
        value={goal.title}
        errors={errors}
        onChange={(title) => setGoal({ title })}
      />
      <TextField
        id={`goal-${index}-description`}
        label={t(`Mål ${number}: beskrivelse`, `Goal ${number}: description`)}
        pointer={`${pointer}/description`}
        value={goal.description}
        errors={errors}
        rows={2}
        onChange={(description) => setGoal({ description })}
      />
      <button type="button" onClick={remove}>
        {t(`Fjern mål ${number}`, `Remove goal ${number}`)}
      </button>
    </div>
  );
}
