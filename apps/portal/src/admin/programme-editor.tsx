import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useServerAnswer } from '../grants/use-application-draft.js';
import { useI18n } from '../i18n/i18n.js';
import { AgendaFields, DateFields, GoalsFieldset, NameFields } from './programme-fields.js';
import { checkProgramme, type ProgrammeForm } from './programme-form.js';
import { useStoredDraft } from './use-stored-draft.js';

interface Props {
  readonly draftKey: string;
  readonly initial: () => ProgrammeForm;
  readonly creating: boolean;
  readonly submitLabel: string;
  /** Sends the form; resolves when the service has accepted it. */
  readonly send: (form: ProgrammeForm) => Promise<void>;
}

/**
 * The common agenda as a form: checked as the user types, kept as a draft in the browser until it
 * is sent, and the service's field errors shown next to their fields.
 */
export function ProgrammeEditor({ draftKey, initial, creating, submitLabel, send }: Props) {
  const { t } = useI18n();
  const draft = useStoredDraft(draftKey, initial);
  const answer = useServerAnswer();
  const [sending, setSending] = useState(false);
  const [tried, setTried] = useState(false);
  const form = draft.value;
  const errors = { ...answer.fieldErrors, ...checkProgramme(form, t, tried) };

  async function submit(): Promise<void> {
    setTried(true);
    if (Object.keys(checkProgramme(form, t, true)).length > 0) return;
    setSending(true);
    try {
      await send(form);
      answer.clear();
      draft.discard();
    } catch (error) {
      answer.fail(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      aria-labelledby="programme-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="programme-form-heading">{t('Fælles dagsorden', 'Common agenda')}</h2>
      {draft.restored && (
        <div className="notice" role="status">
          {t(
            'Vi har hentet din ikke-gemte kladde fra denne browser.',
            'Your unsaved draft was restored from this browser.',
          )}{' '}
          <button type="button" className="link-button" onClick={draft.discard}>
            {t('Kassér kladden', 'Discard the draft')}
          </button>
        </div>
      )}
      <NameFields form={form} errors={errors} change={draft.change} creating={creating} />
      <AgendaFields form={form} errors={errors} change={draft.change} />
      <DateFields form={form} errors={errors} change={draft.change} creating={creating} />
      <GoalsFieldset form={form} errors={errors} change={draft.change} />
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      {tried && Object.keys(errors).length > 0 && (
        <p role="alert" className="error">
          {t('Ret felterne markeret ovenfor.', 'Correct the fields marked above.')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={sending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
