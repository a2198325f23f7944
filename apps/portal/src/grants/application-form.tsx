import type { ApplicationDto, FormQuestion, ProgrammeDto } from '@samvirke/contracts';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { checkDraft } from './application-draft.js';
import { ApplicationTextFields, BudgetFieldset, GoalsFieldset } from './application-fields.js';
import { FormQuestionsFieldset } from './form-answers.js';
import { useApplicationDraft } from './use-application-draft.js';

interface Props {
  readonly application: ApplicationDto;
  readonly goals: readonly ProgrammeDto['goals'][number][];
  readonly onSubmitted: () => void;
  /** The call's form: its eligibility questions (answered already) and its other questions. */
  readonly questions?: readonly FormQuestion[];
}

/** A draft application, saved as the applicant types (a second after the last change). */
export function ApplicationForm({ application, goals, onSubmitted, questions = [] }: Props) {
  const { t } = useI18n();
  const { draft, saved, fieldErrors, failure, change, submit } = useApplicationDraft(
    application,
    onSubmitted,
    questions.map((question) => question.key),
  );
  const asked = questions.filter((question) => !(question.type === 'choice' && question.eligibility));
  const check = checkDraft(draft, t);
  // The form's own checks win over the service's answer to an earlier save.
  const errors = { ...fieldErrors, ...check.errors };
  return (
    <form
      aria-labelledby="application-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="application-heading">{t('Ansøgning', 'Application')}</h2>
      <p role="status" className="notice">
        {saved}
      </p>
      <ApplicationTextFields draft={draft} errors={errors} change={change} />
      <BudgetFieldset draft={draft} errors={errors} check={check} change={change} />
      {goals.length > 0 && <GoalsFieldset goals={goals} goalIds={draft.goalIds} change={change} />}
      <FormQuestionsFieldset
        applicationId={application.id}
        questions={asked}
        answers={draft.answers}
        errors={errors}
        change={(key, answer) => change({ answers: { ...draft.answers, [key]: answer } })}
      />
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={Object.keys(check.errors).length > 0}>
          {t('Indsend ansøgningen', 'Submit the application')}
        </button>
      </div>
    </form>
  );
}
