import type { ApplicationDto, FormAnswer, FormAnswers, FormQuestion } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { ChoiceAnswer } from './form-answers.js';

type EligibilityQuestion = Extract<FormQuestion, { type: 'choice' }>;

export function eligibilityQuestionsOf(questions: readonly FormQuestion[]): EligibilityQuestion[] {
  return questions.filter(
    (q): q is EligibilityQuestion => q.type === 'choice' && q.eligibility !== undefined,
  );
}

function useEligibilityAnswers(
  application: ApplicationDto,
  questions: readonly EligibilityQuestion[],
  onAnswered: () => void,
) {
  const { api } = usePortal();
  const [answers, setAnswers] = useState<FormAnswers>(() =>
    Object.fromEntries(questions.map((q) => [q.key, application.answers[q.key] ?? null])),
  );
  const [failure, setFailure] = useState<unknown>(null);
  async function send(): Promise<void> {
    try {
      await api.send('PATCH', `/grants/applications/${application.id}`, { answers });
      onAnswered();
    } catch (error) {
      setFailure(error);
    }
  }
  const set = (key: string, value: FormAnswer): void =>
    setAnswers((current) => ({ ...current, [key]: value }));
  return { answers, failure, send, set };
}

/**
 * The eligibility questions, answered before anything else: an answer the call does not accept
 * shows the foundation's message and asks nothing more.
 */
export function EligibilityStep({
  application,
  questions,
  onAnswered,
}: {
  application: ApplicationDto;
  questions: readonly EligibilityQuestion[];
  onAnswered: () => void;
}) {
  const { t } = useI18n();
  const { answers, failure, send, set } = useEligibilityAnswers(application, questions, onAnswered);
  return (
    <section aria-labelledby="eligibility" className="panel">
      <h2 id="eligibility">{t('Kan I søge?', 'May you apply?')}</h2>
      <IneligibleMessage application={application} />
      {questions.map((question) => (
        <fieldset key={question.key}>
          <legend>{question.label}</legend>
          <ChoiceAnswer
            id={`eligibility-${question.key}`}
            question={question}
            answer={answers[question.key] ?? null}
            set={(value) => set(question.key, value)}
          />
        </fieldset>
      ))}
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void send()}>
          {t('Fortsæt', 'Continue')}
        </button>
      </div>
    </section>
  );
}

/** The foundation's message for each answer that stops the applicant. */
function IneligibleMessage({ application }: { application: ApplicationDto }) {
  if (application.eligibility.status !== 'ineligible') return null;
  return (
    <div role="alert" className="error">
      {application.eligibility.messages.map(({ key, message }) => (
        <p key={key}>{message}</p>
      ))}
    </div>
  );
}
