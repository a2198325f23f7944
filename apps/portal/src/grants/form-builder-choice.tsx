import { InputField, TextAreaField } from '../components/input-field.js';
import { useI18n } from '../i18n/i18n.js';
import type { TypeProps } from './form-builder.js';

/** A choice question's options; an eligibility question's accepted options and its message. */
export function ChoiceFields({ n, id, at, draft, errors, change }: TypeProps) {
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
      )}
    </>
  );
}
