import type { FormAnswer, FormAnswers, FormQuestion } from '@samvirke/contracts';
import type { Errors } from '../components/fields.js';
import { Field, FieldError, invalid } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { FileAnswer } from './form-file-answer.js';
import { TableAnswer } from './form-table-answer.js';

type ChangeAnswer = (key: string, answer: FormAnswer) => void;

interface Props {
  readonly applicationId: string;
  readonly questions: readonly FormQuestion[];
  readonly answers: FormAnswers;
  readonly errors: Errors;
  readonly change: ChangeAnswer;
}

/** The call's own questions (eligibility questions were answered before), in the form's order. */
export function FormQuestionsFieldset({ applicationId, questions, answers, errors, change }: Props) {
  const { t } = useI18n();
  if (questions.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('Opslagets spørgsmål', "The call's questions")}</legend>
      {questions.map((question) => (
        <QuestionAnswer
          key={question.key}
          applicationId={applicationId}
          question={question}
          answer={answers[question.key] ?? null}
          errors={errors}
          change={change}
        />
      ))}
    </fieldset>
  );
}

interface AnswerProps {
  readonly applicationId: string;
  readonly question: FormQuestion;
  readonly answer: FormAnswer;
  readonly errors: Errors;
  readonly change: ChangeAnswer;
}

function labelOf(question: FormQuestion, t: (da: string, en: string) => string): string {
  const words =
    question.type === 'text' && question.maxWords
      ? ` (${t('højst', 'at most')} ${question.maxWords} ${t('ord', 'words')})`
      : '';
  return `${question.label}${question.required ? ' *' : ''}${words}`;
}

function QuestionAnswer({ applicationId, question, answer, errors, change }: AnswerProps) {
  const { t } = useI18n();
  const id = `answer-${question.key}`;
  const pointer = `/answers/${question.key}`;
  const input = (
    <>
      {question.help && <p className="muted">{question.help}</p>}
      <AnswerInput
        id={id}
        pointer={pointer}
        applicationId={applicationId}
        question={question}
        answer={answer}
        errors={errors}
        change={change}
      />
    </>
  );
  // Choices and tables are groups of inputs, each with its own label: the question names the group.
  if (question.type === 'choice' || question.type === 'table')
    return (
      <fieldset className="field">
        <legend>{labelOf(question, t)}</legend>
        {input}
        <FieldError errors={errors} pointer={pointer} id={id} />
      </fieldset>
    );
  return (
    <Field id={id} label={labelOf(question, t)} errors={errors} pointer={pointer}>
      {input}
    </Field>
  );
}

function AnswerInput({
  id,
  pointer,
  applicationId,
  question,
  answer,
  errors,
  change,
}: AnswerProps & { id: string; pointer: string }) {
  const set = (value: FormAnswer): void => change(question.key, value);
  const marks = invalid(errors, pointer, id);
  switch (question.type) {
    case 'text':
      return (
        <textarea
          id={id}
          value={typeof answer === 'string' ? answer : ''}
          onChange={(e) => set(e.target.value)}
          {...marks}
        />
      );
    case 'number':
      return <NumberAnswer id={id} answer={answer} set={set} marks={marks} />;
    case 'choice':
      return <ChoiceAnswer id={id} question={question} answer={answer} set={set} />;
    case 'file':
      return <FileAnswer id={id} applicationId={applicationId} answer={answer} set={set} />;
    case 'table':
      return <TableAnswer id={id} question={question} answer={answer} set={set} />;
  }
}

export function ChoiceAnswer({
  id,
  question,
  answer,
  set,
}: {
  id: string;
  question: Extract<FormQuestion, { type: 'choice' }>;
  answer: FormAnswer;
  set: (value: FormAnswer) => void;
}) {
  const chosen = Array.isArray(answer) ? answer.filter((a): a is string => typeof a === 'string') : [];
  return (
    <div id={id}>
      {question.options.map((option, index) => (
        <label key={option}>
          <input
            id={`${id}-${index}`}
            type={question.multiple ? 'checkbox' : 'radio'}
            name={id}
            checked={question.multiple ? chosen.includes(option) : answer === option}
            onChange={(e) =>
              set(
                question.multiple
                  ? e.target.checked
                    ? [...chosen, option]
                    : chosen.filter((c) => c !== option)
                  : option,
              )
            }
          />{' '}
          {option}
        </label>
      ))}
    </div>
  );
}

function NumberAnswer({
  id,
  answer,
  set,
  marks,
}: {
  id: string;
  answer: FormAnswer;
  set: (value: FormAnswer) => void;
  marks: ReturnType<typeof invalid>;
}) {
  return (
    <input
      id={id}
      inputMode="decimal"
      defaultValue={typeof answer === 'number' ? String(answer) : ''}
      {...marks}
      onChange={(e) => set(e.target.value.trim() === '' ? null : Number(e.target.value.replace(',', '.')))}
    />
  );
}
