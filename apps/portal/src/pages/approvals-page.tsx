import type {
  MembershipDto,
  ReportingPeriodDto,
  SubmissionDto,
  SubmissionListItem,
} from '@samvirke/contracts';
import { useState } from 'react';
import { Page } from '../components/page.js';
import { ProgrammeNav } from '../components/programme-nav.js';
import { Await, ErrorMessage, StatusBadge } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { statusName } from '../i18n/terms.js';
import { usePortal, useLoad } from '../portal-context.js';
import { loadMembers, loadProgramme } from '../programmes.js';
import { loadLatestSubmissions, loadPeriods, loadSubmission, submissionPath } from '../reporting/load.js';

interface QueueItem {
  period: ReportingPeriodDto;
  member: MembershipDto;
  latest: SubmissionListItem | null;
}

/** A submission waiting for a decision, with its values. */
interface WaitingItem extends QueueItem {
  submitted: SubmissionDto;
}

export function ApprovalsPage({ programmeId }: { programmeId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useLoad(async (api) => {
    const [programme, periods, members, listed] = await Promise.all([
      loadProgramme(api, programmeId),
      loadPeriods(api, programmeId),
      loadMembers(api, programmeId),
      loadLatestSubmissions(api, programmeId),
    ]);
    const latest = new Map(listed.map((item) => [`${item.periodId}:${item.organisationId}`, item]));
    const providers = members.filter((member) => member.roles.includes('data-provider'));
    const items = periods.flatMap((period) =>
      providers.map((member): QueueItem => ({
        period,
        member,
        latest: latest.get(`${period.id}:${member.organisationId}`) ?? null,
      })),
    );
    // Only what waits for a decision is read with its values.
    const waiting = (
      await Promise.all(
        items
          .filter((item) => item.latest?.status === 'submitted')
          .map(async (item): Promise<WaitingItem | null> => {
            const history = await loadSubmission(
              api,
              programmeId,
              item.period.id,
              item.member.organisationId,
            );
            return history?.latest.status === 'submitted' ? { ...item, submitted: history.latest } : null;
          }),
      )
    ).filter((item): item is WaitingItem => item !== null);
    return { programme, items, waiting };
  }, `approvals:${programmeId}`);
  return (
    <Page
      title={t('Godkendelser', 'Approvals')}
      crumbs={[{ href: '/', label: t('Programmer', 'Programmes') }]}
    >
      <Await loaded={loaded}>
        {({ programme, items, waiting }, reload) => {
          return (
            <>
              <ProgrammeNav programmeId={programmeId} name={programme.name} />
              <h2>{t('Venter på godkendelse', 'Waiting for approval')}</h2>
              {waiting.length === 0 ? (
                <p>{t('Ingen indberetninger venter.', 'No reports are waiting.')}</p>
              ) : (
                <ul className="queue">
                  {waiting.map((item) => (
                    <QueueEntry
                      key={`${item.period.id}:${item.member.organisationId}`}
                      item={item}
                      programmeId={programmeId}
                      onDecided={reload}
                    />
                  ))}
                </ul>
              )}
              <h2>{t('Alle indberetninger', 'Every report')}</h2>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">
                    {t('Status for hver periode og dataleverandør', 'Status per period and data provider')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('Periode', 'Period')}</th>
                      <th scope="col">{t('Organisation', 'Organisation')}</th>
                      <th scope="col">{t('Status', 'Status')}</th>
                      <th scope="col">{t('Version', 'Version')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map(({ period, member, latest }) => (
                      <tr key={`${period.id}:${member.organisationId}`}>
                        <th scope="row">{period.period}</th>
                        <td>{member.organisationName}</td>
                        <td>
                          <StatusBadge
                            status={latest?.status ?? 'missing'}
                            label={statusName(i18n, latest?.status ?? 'missing')}
                          />
                        </td>
                        <td>{latest?.version ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </Await>
    </Page>
  );
}

function QueueEntry({
  item,
  programmeId,
  onDecided,
}: {
  item: WaitingItem;
  programmeId: string;
  onDecided: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const latest = item.submitted;
  const path = submissionPath(programmeId, item.period.id, item.member.organisationId);
  const id = `${item.period.id}-${item.member.organisationId}`;
  const commentError =
    comment.trim().length > 0 && comment.trim().length < 3
      ? t('Skriv mindst 3 tegn.', 'Write at least 3 characters.')
      : null;

  async function decide(action: 'approve' | 'return'): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await api.send(
        'POST',
        `${path}/${action}`,
        action === 'return' ? { comment: comment.trim() } : undefined,
      );
      onDecided();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {item.member.organisationName} · {item.period.period}
      </h3>
      <p className="muted">
        {t('Version', 'Version')} {latest.version} · {t('indsendt', 'submitted')}{' '}
        {latest.submittedAt ? i18n.formatDateTime(latest.submittedAt) : ''} · {latest.savedBy}
      </p>
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
          {latest.values.map((value) => (
            <tr key={`${value.indicator}|${value.disaggregation ?? ''}`}>
              <th scope="row">{value.indicator}</th>
              <td>{value.disaggregation ?? '–'}</td>
              <td className="num">{i18n.formatNumber(value.value)}</td>
              <td className="value-comment">{value.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {failure !== null && <ErrorMessage error={failure} />}
      {returning ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim().length >= 3) void decide('return');
          }}
          noValidate
        >
          <div className="field">
            <label htmlFor={`${id}-comment`}>
              {t('Kommentar til indberetteren', 'Comment for the reporter')}
            </label>
            <textarea
              id={`${id}-comment`}
              value={comment}
              rows={3}
              required
              aria-invalid={commentError ? true : undefined}
              aria-describedby={commentError ? `${id}-comment-error` : undefined}
              onChange={(event) => setComment(event.target.value)}
            />
            {commentError && (
              <p id={`${id}-comment-error`} className="field-error">
                {commentError}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={busy || comment.trim().length < 3}>
              {t('Send retur', 'Return')}
            </button>
            <button type="button" className="link-button" onClick={() => setReturning(false)}>
              {t('Fortryd', 'Cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void decide('approve')}>
            {t(`Godkend ${item.member.organisationName}`, `Approve ${item.member.organisationName}`)}
          </button>
          <button type="button" disabled={busy} onClick={() => setReturning(true)}>
            {t('Send retur med kommentar', 'Return with a comment')}
          </button>
        </div>
      )}
    </li>
  );
}
