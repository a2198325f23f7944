import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type MembershipDto,
  type ProgrammeDto,
} from '@samvirke/contracts';
import { useState } from 'react';
import { Field, FieldError, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { activityBody, checkActivity, type ActivityForm } from './activity-form.js';
import { TextField } from './text-field.js';

type Change = (patch: Partial<ActivityForm>) => void;

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
export function ActivityEditor({
  formId,
  heading,
  initial,
  organisations,
  goals,
  submitLabel,
  send,
  onCancel,
}: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const answer = useServerAnswer();
  const change: Change = (patch) => setForm((current) => ({ ...current, ...patch }));
  const errors = { ...answer.fieldErrors, ...checkActivity(form, t, tried) };
  const id = formId;

  async function submit(): Promise<void> {
    setTried(true);
    if (Object.keys(checkActivity(form, t, true)).length > 0) return;
    try {
      await send(activityBody(form, !organisations));
      answer.clear();
      setTried(false);
      setForm(initial);
    } catch (error) {
      answer.fail(error);
    }
  }

  return (
    <form
      noValidate
      aria-labelledby={`${id}-heading`}
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      {organisations && (
        <MemberSelect id={id} form={form} errors={errors} change={change} organisations={organisations} />
      )}
      <TextField
        id={`${id}-title`}
        label={t('Titel', 'Title')}
        pointer="/title"
        value={form.title}
        errors={errors}
        onChange={(title) => change({ title })}
      />
      <TextField
        id={`${id}-description`}
        label={t('Beskrivelse (valgfri)', 'Description (optional)')}
        pointer="/description"
        value={form.description}
        errors={errors}
        rows={3}
        onChange={(description) => change({ description })}
      />
      <GoalChecks id={id} goals={goals} form={form} errors={errors} change={change} />
      <ActivityTiming id={id} form={form} errors={errors} change={change} />
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('Fortryd', 'Cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

interface PartProps {
  readonly id: string;
  readonly form: ActivityForm;
  readonly errors: Errors;
  readonly change: Change;
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
    <Field id={`${id}-organisation`} label={t('Medlem', 'Member')} errors={errors} pointer="/organisationId">
      <select
        id={`${id}-organisation`}
        value={form.organisationId}
        onChange={(e) => change({ organisationId: e.target.value })}
        {...invalid(errors, '/organisationId', `${id}-organisation`)}
      >
        <option value="">{t('Vælg …', 'Choose …')}</option>
        {organisations.map((member) => (
          <option key={member.organisationId} value={member.organisationId}>
            {member.organisationName}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The goals the activity serves; the service names a wrong one by its place (/goalIds/1). */
function GoalChecks({ id, goals, form, errors, change }: PartProps & { goals: ProgrammeDto['goals'] }) {
  const { t } = useI18n();
  const goalErrors: Errors = {
    '/goalIds': [errors['/goalIds'], ...form.goalIds.map((_, index) => errors[`/goalIds/${index}`])]
      .filter(Boolean)
      .join(' '),
  };
  const hasError = Boolean(goalErrors['/goalIds']);
  return (
    <fieldset aria-describedby={hasError ? `${id}-goals-error` : undefined}>
      <legend>{t('Mål, aktiviteten tjener', 'Goals the activity serves')}</legend>
      {goals.map((goal) => (
        <div className="check" key={goal.id}>
          <input
            id={`${id}-goal-${goal.id}`}
            type="checkbox"
            checked={form.goalIds.includes(goal.id)}
            onChange={(e) =>
              change({
                goalIds: e.target.checked
                  ? [...form.goalIds, goal.id]
                  : form.goalIds.filter((goalId) => goalId !== goal.id),
              })
            }
          />
          <label htmlFor={`${id}-goal-${goal.id}`}>{goal.title}</label>
        </div>
      ))}
      {hasError && <FieldError errors={goalErrors} pointer="/goalIds" id={`${id}-goals`} />}
    </fieldset>
  );
}

function ActivityTiming({ id, form, errors, change }: PartProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="two-columns">
      <Field id={`${id}-status`} label={t('Status', 'Status')} errors={errors} pointer="/status">
        <select
          id={`${id}-status`}
          value={form.status}
          onChange={(e) => change({ status: e.target.value as ActivityStatus })}
        >
          {ACTIVITY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusName(i18n, status)}
            </option>
          ))}
        </select>
      </Field>
      <TextField
        id={`${id}-start`}
        type="date"
        label={t('Startdato (valgfri)', 'Start date (optional)')}
        pointer="/startDate"
        value={form.startDate}
        errors={errors}
        onChange={(startDate) => change({ startDate })}
      />
      <TextField
        id={`${id}-end`}
        type="date"
        label={t('Slutdato (valgfri)', 'End date (optional)')}
        pointer="/endDate"
        value={form.endDate}
        errors={errors}
        onChange={(endDate) => change({ endDate })}
      />
    </div>
  );
}
