import type { SubmissionDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { submissionPath } from '../reporting/load.js';
import type { WaitingItem } from './approvals-load.js';

/**
 * The actions of each level: the backbone approves or returns; the municipality above a sub-unit
 * approves or returns it first (two-level approval).
 */
const ACTIONS = {
  backbone: { approve: 'approve', return: 'return' },
  first: { approve: 'parent-approve', return: 'parent-return' },
} as const;

export type DecisionLevel = keyof typeof ACTIONS;

/** Approves the submission, or returns it with the comment; the queue reloads after. */
function useDecision(path: string, comment: string, onDecided: () => void, level: DecisionLevel) {
  const { api } = usePortal();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function decide(action: 'approve' | 'return'): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await api.send(
        'POST',
        `${path}/${ACTIONS[level][action]}`,
        action === 'return' ? { comment: comment.trim() } : undefined,
      );
      onDecided();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }
  return { failure, busy, decide };
}

interface QueueEntryProps {
  readonly item: WaitingItem;
  readonly programmeId: string;
  readonly onDecided: () => void;
  /** Which level decides here (the backbone unless said). */
  readonly level?: DecisionLevel;
}

/** A submission waiting for a decision: its values, and approving it or returning it with a comment. */
export function QueueEntry({ item, programmeId, onDecided, level = 'backbone' }: QueueEntryProps) {
  // The comment outlives a cancelled return, so that opening the form again finds it.
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const path = submissionPath(programmeId, item.period.id, item.member.organisationId);
  const { failure, busy, decide } = useDecision(path, comment, onDecided, level);
  const id = `${item.period.id}-${item.member.organisationId}`;
  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <SubmissionHeading id={id} item={item} />
      <SubmittedValues submission={item.submitted} />
      {failure !== null && <ErrorMessage error={failure} />}
      {returning ? (
        <ReturnForm
          id={id}
          comment={comment}
          onComment={setComment}
          busy={busy}
          onReturn={() => void decide('return')}
          onCancel={() => setReturning(false)}
        />
      ) : (
        <DecisionButtons
          name={item.member.organisationName}
          busy={busy}
          onApprove={() => void decide('approve')}
          onReturn={() => setReturning(true)}
        />
      )}
    </li>
  );
}

/** Who reported for which period, and which version they submitted when. */
function SubmissionHeading({ id, item }: { id: string; item: WaitingItem }) {
  const i18n = useI18n();
  const { t } = i18n;
  const latest = item.submitted;
  return (
    <>
      <h3 id={`${id}-title`}>
        {item.member.organisationName} · {item.period.period}
      </h3>
      <p className="muted">
        {t('Version', 'Version')} {latest.version} · {t('indsendt', 'submitted')}{' '}
        {latest.submittedAt ? i18n.formatDateTime(latest.submittedAt) : ''} · {latest.savedBy}
      </p>
    </>
  );
}

function DecisionButtons(props: {
  name: string;
  busy: boolean;
  onApprove: () => void;
  onReturn: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="button" className="primary" disabled={props.busy} onClick={props.onApprove}>
        {t(`Godkend ${props.name}`, `Approve ${props.name}`)}
      </button>
      <button type="button" disabled={props.busy} onClick={props.onReturn}>
        {t('Send retur med kommentar', 'Return with a comment')}
      </button>
    </div>
  );
}

function SubmittedValues({ submission }: { submission: SubmissionDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table className="compact">
      <caption className="visually-hidden">{t('Indsendte værdier', 'Submitted values')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Indikator', 'Indicator')}</th>
          <th scope="col">{t('Opdeling', 'Disaggregation')}</th>
          <th scope="col" className="num">
            {t('Værdi', 'Value')}
          </th>
          <th scope="col">{t('Kommentar', 'Comment')}</th>
        </tr>
      </thead>
      <tbody>
        {submission.values.map((value) => (
          <tr key={`${value.indicator}|${value.disaggregation ?? ''}`}>
            <th scope="row">{value.indicator}</th>
            <td>{value.disaggregation ?? '–'}</td>
            <td className="num">{i18n.formatNumber(value.value)}</td>
            <td className="value-comment">{value.comment ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ReturnFormProps {
  readonly id: string;
  readonly comment: string;
  readonly onComment: (comment: string) => void;
  readonly busy: boolean;
  readonly onReturn: () => void;
  readonly onCancel: () => void;
}

/** Returning the submission needs a comment of at least 3 characters for the reporter. */
function ReturnForm({ id, comment, onComment, busy, onReturn, onCancel }: ReturnFormProps) {
  const { t } = useI18n();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (comment.trim().length >= 3) onReturn();
      }}
      noValidate
    >
      <ReturnComment id={id} comment={comment} onComment={onComment} />
      <div className="actions">
        <button type="submit" disabled={busy || comment.trim().length < 3}>
          {t('Send retur', 'Return')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('Fortryd', 'Cancel')}
        </button>
      </div>
    </form>
  );
}

function ReturnComment({ id, comment, onComment }: Pick<ReturnFormProps, 'id' | 'comment' | 'onComment'>) {
  const { t } = useI18n();
  const commentError =
    comment.trim().length > 0 && comment.trim().length < 3
      ? t('Skriv mindst 3 tegn.', 'Write at least 3 characters.')
      : null;
  return (
    <div className="field">
      <label htmlFor={`${id}-comment`}>{t('Kommentar til indberetteren', 'Comment for the reporter')}</label>
      <textarea
        id={`${id}-comment`}
        value={comment}
        rows={3}
        required
        aria-invalid={commentError ? true : undefined}
        aria-describedby={commentError ? `${id}-comment-error` : undefined}
        onChange={(event) => onComment(event.target.value)}
      />
      {commentError && (
        <p id={`${id}-comment-error`} className="field-error">
          {commentError}
        </p>
      )}
    </div>
  );
}
