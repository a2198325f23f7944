import { useState } from 'react';
import type { AwardDto, GrantReportDto } from '@samvirke/contracts';
import { Field, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { sendOnSubmit } from './form-focus.js';
import { useServerAnswer } from './server-answer.js';

interface Props {
  readonly award: AwardDto;
  readonly report: GrantReportDto;
  readonly onDecided: () => void;
}

/** The comment being typed, its check and the decision sent. */
function useDecision({ award, report, onDecided }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const answer = useServerAnswer();
  const errors: Errors =
    attempted && !comment.trim()
      ? { '/comment': t('Skriv en kommentar til modtageren.', 'Write a comment for the grantee.') }
      : answer.fieldErrors;
  const decide = async (action: 'approve' | 'return'): Promise<boolean> => {
    answer.clear();
    try {
      const path = `/grants/awards/${award.id}/reports/${report.id}/${action}`;
      await api.send('POST', path, action === 'approve' ? undefined : { comment: comment.trim() });
      onDecided();
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  };
  const sendBack = async (): Promise<boolean> => {
    setAttempted(true);
    return comment.trim() ? decide('return') : false;
  };
  const type = (text: string): void => {
    answer.clear();
    setComment(text);
  };
  return { comment, type, errors, failure: answer.failure, approve: () => decide('approve'), sendBack };
}

/** The call's foundation's officers approve a submitted report or return it with a comment. */
export function ReportDecision(props: Props) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const decision = useDecision(props);
  const decider =
    principal.roles.includes('foundation-officer') &&
    principal.organisations.includes(props.award.awardingOrganisationId);
  if (!decider)
    return <p>{t('Venter på bevillingsgiverens afgørelse.', "Waiting for the funder's decision.")}</p>;
  const id = `report-comment-${props.report.id}`;
  const { errors } = decision;
  return (
    <form noValidate onSubmit={sendOnSubmit(decision.sendBack)}>
      <button type="button" onClick={() => void decision.approve()}>
        {t('Godkend rapporten', 'Approve the report')}
      </button>
      <Field
        id={id}
        label={t('Kommentar til modtageren', 'Comment for the grantee')}
        errors={errors}
        pointer="/comment"
      >
        <textarea
          id={id}
          rows={2}
          value={decision.comment}
          onChange={(e) => decision.type(e.target.value)}
          {...invalid(errors, '/comment', id)}
        />
      </Field>
      {decision.failure !== null && <ErrorMessage error={decision.failure} />}
      <button type="submit">{t('Send tilbage med kommentar', 'Return with the comment')}</button>
    </form>
  );
}
