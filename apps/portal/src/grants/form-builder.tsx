import type { ApplicationFormDto, FormQuestionType } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { InputField } from '../components/input-field.js';
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
import { TypeFields } from './form-builder-types.js';
import { questionTypeName } from './form-terms.js';
import { useServerAnswer } from './server-answer.js';

/** The questions being designed, their changes and their saving. */
function useFormBuilder(form: ApplicationFormDto, onSaved: () => void) {
  const { api } = usePortal();
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => form.questions.map(questionDraftOf));
  const answer = useServerAnswer();
  const change =
    (index: number): Change =>
    (patch) =>
      setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)));
  const remove = (index: number): void => setDrafts((current) => current.filter((_, at) => at !== index));
  const add = (): void => setDrafts((current) => [...current, emptyQuestion()]);
  async function save(): Promise<void> {
    try {
      await api.send('PUT', `/grants/calls/${form.callId}/form`, formBody(drafts));
      answer.clear();
      onSaved();
    } catch (error) {
      answer.fail(error);
    }
  }
  return { drafts, answer, change, remove, add, save };
}

/** The call's foundation designs the application form on the call's page. */
export function FormBuilder({ form, onSaved }: { form: ApplicationFormDto; onSaved: () => void }) {
  const { t } = useI18n();
  const { drafts, answer, change, remove, add, save } = useFormBuilder(form, onSaved);
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
          remove={() => remove(index)}
        />
      ))}
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <div className="actions">
        <button type="button" onClick={add}>
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
      <TypeSelect id={id} n={index + 1} draft={draft} change={change} />
      <TypeFields n={index + 1} id={id} at={at} draft={draft} errors={errors} change={change} />
      <button type="button" onClick={remove}>
        {t('Fjern spørgsmålet', 'Remove the question')}
      </button>
    </fieldset>
  );
}

export type Change = (patch: Partial<QuestionDraft>) => void;

export interface TypeProps {
  readonly n: number;
  readonly id: string;
  readonly at: string;
  readonly draft: QuestionDraft;
  readonly errors: Errors;
  readonly change: Change;
}

/** The question's type, and whether it must be answered. */
function TypeSelect({
  id,
  n,
  draft,
  change,
}: {
  id: string;
  n: number;
  draft: QuestionDraft;
  change: Change;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <label htmlFor={`${id}-type`}>{`${t('Type, spørgsmål', 'Type, question')} ${n}`}</label>
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
        {`${t('Skal besvares, spørgsmål', 'Required, question')} ${n}`}
      </label>
    </>
  );
}
