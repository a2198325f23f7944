import type { ApplicationFormDto, FormQuestionType } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { InputField, TextAreaField } from '../components/input-field.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import {
  emptyQuestion,
  formBody,
  QUESTION_TYPES,
  questionDraftOf,
  type QuestionDraft,
} from './form-builder-model.js';
import { ChoiceFields } from './form-builder-choice.js';
import { questionTypeName } from './form-terms.js';
import { useServerAnswer } from './server-answer.js';

type Change = (patch: Partial<QuestionDraft>) => void;

/** The call's foundation designs the application form on the call's page. */
export function FormBuilder({ form, onSaved }: { form: ApplicationFormDto; onSaved: () => void }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => form.questions.map(questionDraftOf));
  const answer = useServerAnswer();
  const change =
    (index: number): Change =>
    (patch) =>
      setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  async function save(): Promise<void> {
    try {
      await api.send('PUT', `/grants/calls/${form.callId}/form`, formBody(drafts));
      answer.clear();
      onSaved();
    } catch (error) {
      answer.fail(error);
    }
  }
  return (
    <section aria-labelledby="form-builder" className="panel">
      <h2 id="form-builder">{t('Ansøgningsskema', 'Application form')}</h2>
      <FormVersionNote form={form} />
      {drafts.map((draft, index) => (
        <QuestionFields
          key={index}
          index={index}
          draft={draft}
          errors={answer.fieldErrors}
          change={change(index)}
          remove={() => setDrafts((current) => current.filter((_, at) => at !== index))}
        />
      ))}
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <div className="actions">
        <button type="button" onClick={() => setDrafts((current) => [...current, emptyQuestion()])}>
          {t('Tilføj spørgsmål', 'Add a question')}
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          {t('Gem skemaet', 'Save the form')}
        </button>
      </div>
    </section>
  );
}

function FormVersionNote({ form }: { form: ApplicationFormDto }) {
  const { t } = useI18n();
  if (form.version === 0)
    return (
      <p className="muted">
        {t('Opslaget har intet eget skema endnu.', 'The call has no form of its own yet.')}
      </p>
    );
  return (
    <p className="muted">
      {t('Version', 'Version')} {form.version}
      {form.locked &&
        ` · ${t(
          'Indsendte ansøgninger besvarer denne version; en ændring bliver en ny version.',
          'Submitted applications answer this version; a change becomes a new version.',
        )}`}
    </p>
  );
}

interface QuestionProps {
  readonly index: number;
  readonly draft: QuestionDraft;
  readonly errors: Errors;
  readonly change: Change;
  readonly remove: () => void;
}

function QuestionFields({ index, draft, errors, change, remove }: QuestionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = `question-${index}`;
  const at = `/questions/${index}`;
  return (
    <fieldset className="question">
      <legend>
        {t('Spørgsmål', 'Question')} {index + 1}
      </legend>
      <InputField
        id={`${id}-label`}
        label={`${t('Spørgsmålstekst', 'Question text')} ${index + 1}`}
        pointer={`${at}/label`}
        errors={errors}
        value={draft.label}
        onValue={(label) => change({ label })}
      />
      <label htmlFor={`${id}-type`}>{`${t('Type, spørgsmål', 'Type, question')} ${index + 1}`}</label>
      <select
        id={`${id}-type`}
        value={draft.type}
        onChange={(e) => change({ type: e.target.value as FormQuestionType })}
      >
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {questionTypeName(i18n, type)}
          </option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          checked={draft.required}
          onChange={(e) => change({ required: e.target.checked })}
        />{' '}
        {`${t('Skal besvares, spørgsmål', 'Required, question')} ${index + 1}`}
      </label>
      <TypeFields n={index + 1} id={id} at={at} draft={draft} errors={errors} change={change} />
      <button type="button" onClick={remove}>
        {t('Fjern spørgsmålet', 'Remove the question')}
      </button>
    </fieldset>
  );
}

export interface TypeProps {
  readonly n: number;
  readonly id: string;
  readonly at: string;
  readonly draft: QuestionDraft;
  readonly errors: Errors;
  readonly change: Change;
}

function TypeFields({ n, id, at, draft, errors, change }: TypeProps) {
  const { t } = useI18n();
  switch (draft.type) {
    case 'text':
      return (
        <InputField
          id={`${id}-words`}
          label={`${t('Højst antal ord, spørgsmål', 'Word limit, question')} ${n}`}
          pointer={`${at}/maxWords`}
          errors={errors}
          inputMode="numeric"
          value={draft.maxWords}
          onValue={(maxWords) => change({ maxWords })}
        />
      );
    case 'number':
      return (
        <>
          <InputField
            id={`${id}-min`}
            label={`${t('Mindst, spørgsmål', 'At least, question')} ${n}`}
            pointer={`${at}/min`}
            errors={errors}
            value={draft.min}
            onValue={(min) => change({ min })}
          />
          <InputField
            id={`${id}-max`}
            label={`${t('Højst, spørgsmål', 'At most, question')} ${n}`}
            pointer={`${at}/max`}
            errors={errors}
            value={draft.max}
            onValue={(max) => change({ max })}
          />
        </>
      );
    case 'choice':
      return <ChoiceFields n={n} id={id} at={at} draft={draft} errors={errors} change={change} />;
    case 'table':
      return (
        <TextAreaField
          id={`${id}-columns`}
          label={`${t('Kolonner, spørgsmål', 'Columns, question')} ${n} ${t('(én pr. linje, " #" til sidst: tal)', '(one a line, " #" at the end: number)')}`}
          pointer={`${at}/columns`}
          errors={errors}
          value={draft.columns}
          onValue={(columns) => change({ columns })}
        />
      );
    case 'file':
      return null;
  }
}
