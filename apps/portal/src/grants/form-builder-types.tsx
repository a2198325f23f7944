import { InputField, TextAreaField } from '../components/input-field.js';
import { useI18n } from '../i18n/i18n.js';
import type { TypeProps } from './form-builder.js';

/** What a question's type asks besides its text: a word limit, a range, options or columns. */
export function TypeFields({ n, id, at, draft, errors, change }: TypeProps) {
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
      return <NumberFields n={n} id={id} at={at} draft={draft} errors={errors} change={change} />;
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

function NumberFields({ n, id, at, draft, errors, change }: TypeProps) {
  const { t } = useI18n();
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
}

/** A choice question's options; an eligibility question's accepted options and its message. */
function ChoiceFields({ n, id, at, draft, errors, change }: TypeProps) {
  const { t } = useI18n();
  return (
    <>
      <TextAreaField
        id={`${id}-options`}
        label={`${t('Svarmuligheder, spørgsmål', 'Options, question')} ${n} ${t('(én pr. linje)', '(one a line)')}`}
        pointer={`${at}/options`}
        errors={errors}
        value={draft.options}
        onValue={(options) => change({ options })}
      />
      <label>
        <input
          type="checkbox"
          checked={draft.multiple}
          disabled={draft.eligibility}
          onChange={(e) => change({ multiple: e.target.checked })}
        />{' '}
        {`${t('Flere svar, spørgsmål', 'Several answers, question')} ${n}`}
      </label>
      <label>
        <input
          type="checkbox"
          checked={draft.eligibility}
          onChange={(e) => change({ eligibility: e.target.checked })}
        />{' '}
        {`${t('Berettigelsesspørgsmål (besvares først), spørgsmål', 'Eligibility question (answered first), question')} ${n}`}
      </label>
      {draft.eligibility && (
        <EligibilityFields n={n} id={id} at={at} draft={draft} errors={errors} change={change} />
      )}
    </>
  );
}

/** What makes a choice an eligibility question: the options that let the applicant on, the message for the others. */
function EligibilityFields({ n, id, at, draft, errors, change }: TypeProps) {
  const { t } = useI18n();
  return (
    <>
      <TextAreaField
        id={`${id}-accepted`}
        label={`${t('Svar der giver adgang, spørgsmål', 'Answers that let the applicant on, question')} ${n} ${t('(én pr. linje)', '(one a line)')}`}
        pointer={`${at}/eligibility/acceptedOptions`}
        errors={errors}
        value={draft.accepted}
        onValue={(accepted) => change({ accepted })}
      />
      <InputField
        id={`${id}-message`}
        label={`${t('Besked til ansøgere der ikke kan søge, spørgsmål', 'Message to applicants who may not apply, question')} ${n}`}
        pointer={`${at}/eligibility/message`}
        errors={errors}
        value={draft.message}
        onValue={(message) => change({ message })}
      />
    </>
  );
}
