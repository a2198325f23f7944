import { ACTIVITY_STATUSES, type MembershipDto, type ProgrammeDto } from '@samvirke/contracts';
import { useState } from 'react';
import { FieldError, type Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { activityBody, checkActivity, type ActivityForm } from './activity-form.js';
import { SelectField } from './select-field.js';
import { SubmitRow } from './submit-row.js';
import { dateRange, TextFields, type TextSpec } from './text-fields.js';
import { useCheckedForm } from './use-checked-form.js';

interface Props {
  /** Prefix of the form's element ids, unique on the page. */
  readonly formId: string;
  readonly heading: string;
  readonly initial: ActivityForm;
  /** The members the user may record activities for; absent when editing (the member is fixed). */
  readonly organisations?: readonly MembershipDto[];
  readonly goals: ProgrammeDto['goals'];
  readonly submitLabel: string;
  readonly send: (body: Record<string, unknown>) => Promise<void>;
  readonly onCancel?: () => void;
}

/** Registers or changes an activity: who does it, what it is, which goals it serves, when. */
export function ActivityEditor(props: Props) {
  const { t } = useI18n();
  const { formId: id, initial, organisations, goals } = props;
  const [form, setForm] = useState(initial);
  const checked = useCheckedForm(
    form,
    (value, sending) => checkActivity(value, t, sending),
    async (value) => {
      await props.send(activityBody(value, !organisations));
      setForm(initial);
    },
  );
  const part = {
    id,
    form,
    errors: checked.errors,
    change: (patch: Partial<ActivityForm>) => setForm({ ...form, ...patch }),
  };
  return (
    <form aria-labelledby={`${id}-heading`} className="panel" {...checked.formProps}>
      <h3 id={`${id}-heading`}>{props.heading}</h3>
      {organisations && <MemberSelect {...part} organisations={organisations} />}
      <TextFields fields={ACTIVITY_TEXT(id)} values={form} errors={part.errors} change={part.change} />
      <GoalChecks {...part} goals={goals} />
      <ActivityTiming {...part} />
      <SubmitRow label={props.submitLabel} failure={checked.failure} sending={checked.sending}>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            {t('Fortryd', 'Cancel')}
          </button>
        )}
      </SubmitRow>
    </form>
  );
}

interface PartProps {
  readonly id: string;
  readonly form: ActivityForm;
  readonly errors: Errors;
  readonly change: (patch: Partial<ActivityForm>) => void;
}

function MemberSelect({
  id,
  form,
  errors,
  change,
  organisations,
}: PartProps & { organisations: readonly MembershipDto[] }) {
  const { t } = useI18n();
  return (
    <SelectField
      id={`${id}-organisation`}
      label={t('Medlem', 'Member')}
      pointer="/organisationId"
      value={form.organisationId}
      options={organisations.map((member) => ({
        value: member.organisationId,
        label: member.organisationName,
      }))}
      errors={errors}
      choose={organisations.length !== 1}
      onChange={(organisationId) => change({ organisationId })}
    />
  );
}

const ACTIVITY_TEXT = (id: string): TextSpec<'title' | 'description'>[] => [
  { name: 'title', id: `${id}-title`, da: 'Titel', en: 'Title' },
  {
    name: 'description',
    id: `${id}-description`,
    da: 'Beskrivelse (valgfri)',
    en: 'Description (optional)',
    rows: 3,
  },
];

/** The goals the activity serves; the service names a wrong one by its place (/goalIds/1). */
function GoalChecks({ id, goals, form, errors, change }: PartProps & { goals: ProgrammeDto['goals'] }) {
  const { t } = useI18n();
  const message = [errors['/goalIds'], ...form.goalIds.map((_, index) => errors[`/goalIds/${index}`])]
    .filter(Boolean)
    .join(' ');
  const toggle = (goalId: string, on: boolean): void =>
    change({ goalIds: on ? [...form.goalIds, goalId] : form.goalIds.filter((other) => other !== goalId) });
  return (
    <fieldset aria-describedby={message ? `${id}-goals-error` : undefined}>
      <legend>{t('Mål, aktiviteten tjener', 'Goals the activity serves')}</legend>
      {goals.map((goal) => (
        <div className="check" key={goal.id}>
          <input
            id={`${id}-goal-${goal.id}`}
            type="checkbox"
            checked={form.goalIds.includes(goal.id)}
            onChange={(e) => toggle(goal.id, e.target.checked)}
          />
          <label htmlFor={`${id}-goal-${goal.id}`}>{goal.title}</label>
        </div>
      ))}
      <FieldError errors={{ '/goalIds': message }} pointer="/goalIds" id={`${id}-goals`} />
    </fieldset>
  );
}

function ActivityTiming({ id, form, errors, change }: PartProps) {
  const i18n = useI18n();
  return (
    <div className="two-columns">
      <SelectField
        id={`${id}-status`}
        label={i18n.t('Status', 'Status')}
        pointer="/status"
        value={form.status}
        options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: statusName(i18n, status) }))}
        errors={errors}
        onChange={(status) => change({ status })}
      />
      <TextFields fields={dateRange(id, true)} values={form} errors={errors} change={change} />
    </div>
  );
}
