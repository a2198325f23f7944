import type { ApplicationDto, GrantCallDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Field, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';
import { useServerAnswer } from './server-answer.js';

/** The call's foundation rejects the application, with a reason the applicant will read. */
export function RejectForm({ application, call }: { application: ApplicationDto; call: GrantCallDto }) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const answer = useServerAnswer();
  const short = attempted && reason.trim().length < 3;
  const errors: Errors = short
    ? { '/reason': t('Skriv en begrundelse på mindst 3 tegn.', 'Write a reason of at least 3 characters.') }
    : answer.fieldErrors;
  async function reject(): Promise<void> {
    try {
      await api.send('POST', `/grants/applications/${application.id}/reject`, { reason: reason.trim() });
      navigate(`/grants/calls/${call.id}`);
    } catch (error) {
      answer.fail(error);
    }
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (reason.trim().length >= 3) void reject();
      }}
    >
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
          onChange={(e) => {
            answer.clear();
            setReason(e.target.value);
          }}
          {...invalid(errors, '/reason', 'reject-reason')}
        />
      </Field>
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <button type="submit">{t('Giv afslag', 'Reject')}</button>
    </form>
  );
}
