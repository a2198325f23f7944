import type { ApplicationDto, GrantCallDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Field, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';
import { sendOnSubmit } from './form-focus.js';
import { useServerAnswer } from './server-answer.js';

type Props = { application: ApplicationDto; call: GrantCallDto };

/** The reason being typed, its check (at least 3 characters, as the service wants) and the rejection. */
function useReject({ application, call }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const answer = useServerAnswer();
  const short = reason.trim().length < 3;
  const errors: Errors =
    attempted && short
      ? { '/reason': t('Skriv en begrundelse på mindst 3 tegn.', 'Write a reason of at least 3 characters.') }
      : answer.fieldErrors;
  async function reject(): Promise<boolean> {
    setAttempted(true);
    if (short) return false;
    try {
      await api.send('POST', `/grants/applications/${application.id}/reject`, { reason: reason.trim() });
      navigate(`/grants/calls/${call.id}`);
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  }
  const change = (text: string): void => {
    answer.clear();
    setReason(text);
  };
  return { reason, errors, failure: answer.failure, change, reject };
}

/** The call's foundation rejects the application, with a reason the applicant will read. */
export function RejectForm(props: Props) {
  const { t } = useI18n();
  const { reason, errors, failure, change, reject } = useReject(props);
  return (
    <form noValidate onSubmit={sendOnSubmit(reject)}>
      <Field
        id="reject-reason"
        label={t('Begrundelse for afslag', 'Reason for rejection')}
        errors={errors}
        pointer="/reason"
      >
        <textarea
          id="reject-reason"
          rows={2}
          value={reason}
          onChange={(e) => change(e.target.value)}
          {...invalid(errors, '/reason', 'reject-reason')}
        />
      </Field>
      {failure !== null && <ErrorMessage error={failure} />}
      <button type="submit">{t('Giv afslag', 'Reject')}</button>
    </form>
  );
}
