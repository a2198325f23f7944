import type { ApplicationDto, FormQuestion, ProgrammeDto } from '@samvirke/contracts';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import type { Errors } from '../components/fields.js';
import { checkDraft, type Draft } from './application-draft.js';
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
  const state = useApplicationDraft(application, onSubmitted, keysOf(questions));
  const { draft, saved, fieldErrors, failure, change, submit } = state;
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
      <CallQuestions
        applicationId={application.id}
        questions={questions}
        draft={draft}
        errors={errors}
        change={change}
      />
      {failure !== null && <ErrorMessage error={failure} />}
      <SubmitApplication disabled={Object.keys(check.errors).length > 0} />
    </form>
  );
}

/** The call's own questions but its eligibility questions (answered before the form showed). */
function CallQuestions({
  applicationId,
  questions,
  draft,
  errors,
  change,
}: {
  applicationId: string;
  questions: readonly FormQuestion[];
  draft: Draft;
  errors: Errors;
  change: (patch: Partial<Draft>) => void;
}) {
  const asked = questions.filter((question) => !(question.type === 'choice' && question.eligibility));
  return (
    <FormQuestionsFieldset
      applicationId={applicationId}
      questions={asked}
      answers={draft.answers}
      errors={errors}
      change={(key, answer) => change({ answers: { ...draft.answers, [key]: answer } })}
    />
  );
}

const keysOf = (questions: readonly FormQuestion[]): string[] => questions.map((question) => question.key);

function SubmitApplication({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={disabled}>
        {t('Indsend ansøgningen', 'Submit the application')}
      </button>
    </div>
  );
}
