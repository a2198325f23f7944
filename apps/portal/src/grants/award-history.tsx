import type { AmendmentDto, AwardDto, AwardHistoryDto } from '@samvirke/contracts';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad, usePortal } from '../portal-context.js';
import { AmendmentAnswer, useOfficerOf, WithdrawAmendment } from './amendment-actions.js';
import { AmendmentForm } from './amendment-form.js';
import { formatKroner } from './money.js';
import { RefundForm } from './refund-form.js';

interface Props {
  readonly award: AwardDto;
  readonly name: (id: string) => string;
  readonly onChanged: () => void;
}

/**
 * After the award: its amendments (who proposed and approved, the amount before and after), a
 * co-funder's approval where its share changes, money that came back; the awarding foundation
 * proposes amendments and the funders record refunds here.
 */
export function AwardHistorySection({ award, name, onChanged }: Props) {
  const { t } = useI18n();
  const { principal } = usePortal();
  const officerOf = useOfficerOf();
  const loaded = useLoad(
    (api) => api.get<AwardHistoryDto>(`/grants/awards/${award.id}/history`),
    `award-history:${award.id}`,
  );
  const changed = (): void => {
    if (loaded.state === 'ready') loaded.reload();
    onChanged();
  };
  const admin = principal.roles.includes('platform-admin');
  const funders = [award.awardingOrganisationId, ...award.shares.map((s) => s.funderOrganisationId)];
  const pending = loaded.state === 'ready' && loaded.data.amendments.some((a) => a.status === 'pending');
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('Ændringer og tilbagebetalinger', 'Amendments and refunds')}</h2>
      {loaded.state === 'failed' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ready' && (
        <History history={loaded.data} award={award} name={name} onChanged={changed} />
      )}
      {(admin || officerOf(award.awardingOrganisationId)) && !pending && loaded.state === 'ready' && (
        <AmendmentForm award={award} name={name} onProposed={changed} />
      )}
      {(admin || funders.some(officerOf)) && <RefundForm award={award} name={name} onRecorded={changed} />}
    </section>
  );
}

function History({ history, award, name, onChanged }: Props & { history: AwardHistoryDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const kr = (ore: number): string => formatKroner(ore, i18n.language);
  if (history.amendments.length === 0 && history.refunds.length === 0)
    return <p>{t('Ingen ændringer eller tilbagebetalinger endnu.', 'No amendments or refunds yet.')}</p>;
  return (
    <>
      <ul aria-label={t('Ændringer', 'Amendments')}>
        {history.amendments.map((amendment) => (
          <AmendmentItem
            key={amendment.id}
            amendment={amendment}
            award={award}
            name={name}
            onChanged={onChanged}
          />
        ))}
      </ul>
      <ul aria-label={t('Tilbagebetalinger', 'Refunds')}>
        {history.refunds.map((r) => (
          <li key={r.id}>
            {r.kind === 'refund' ? t('Tilbagebetalt', 'Refunded') : t('Krævet tilbage', 'Clawed back')}{' '}
            {kr(r.amountOre)} {t('til', 'to')} {name(r.funderOrganisationId)} ({i18n.formatDate(r.receivedOn)}
            , {r.reference}){r.note && `: ${r.note}`} · {t('registreret af', 'recorded by')} {r.recordedBy}
          </li>
        ))}
      </ul>
    </>
  );
}

function amendmentHeading(t: ReturnType<typeof useI18n>['t'], amendment: AmendmentDto): string {
  const version = amendment.agreementVersion ?? '';
  switch (amendment.status) {
    case 'applied':
      return t(`Ændring (aftale version ${version})`, `Amendment (agreement version ${version})`);
    case 'pending':
      return t('Foreslået ændring, afventer godkendelse', 'Proposed amendment, awaiting approval');
    case 'declined':
      return t('Foreslået ændring, afvist', 'Proposed amendment, declined');
    case 'withdrawn':
      return t(
        `Foreslået ændring, trukket tilbage af ${amendment.withdrawnBy ?? ''}${amendment.withdrawReason ? `: ${amendment.withdrawReason}` : ''}`,
        `Proposed amendment, withdrawn by ${amendment.withdrawnBy ?? ''}${amendment.withdrawReason ? `: ${amendment.withdrawReason}` : ''}`,
      );
  }
}

function approvalState(t: ReturnType<typeof useI18n>['t'], approval: AmendmentDto['approvals'][number]) {
  if (approval.approvedAt)
    return t(`godkendt af ${approval.approvedBy ?? ''}`, `approved by ${approval.approvedBy ?? ''}`);
  if (approval.declinedAt)
    return t(
      `afvist af ${approval.declinedBy ?? ''}: ${approval.declineReason ?? ''}`,
      `declined by ${approval.declinedBy ?? ''}: ${approval.declineReason ?? ''}`,
    );
  return t('afventer', 'awaiting');
}

function AmendmentItem({ amendment, award, name, onChanged }: Props & { amendment: AmendmentDto }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { principal } = usePortal();
  const officerOf = useOfficerOf();
  const kr = (ore: number): string => formatKroner(ore, i18n.language);
  const proposer = principal.roles.includes('platform-admin') || officerOf(award.awardingOrganisationId);
  return (
    <li>
      <strong>{amendmentHeading(t, amendment)}</strong>: {amendment.reason} — {kr(amendment.before.amountOre)}{' '}
      → {kr(amendment.after.amountOre)}. {t('Foreslået af', 'Proposed by')} {amendment.proposedBy}{' '}
      {i18n.formatDateTime(amendment.proposedAt)}.
      <ul aria-label={t('Godkendelser', 'Approvals')}>
        {amendment.approvals.map((approval) => (
          <li key={approval.funderOrganisationId}>
            {name(approval.funderOrganisationId)}: {approvalState(t, approval)}
            {amendment.status === 'pending' &&
              !approval.approvedAt &&
              officerOf(approval.funderOrganisationId) && (
                <AmendmentAnswer
                  award={award}
                  amendment={amendment}
                  funderId={approval.funderOrganisationId}
                  onChanged={onChanged}
                />
              )}
          </li>
        ))}
      </ul>
      {amendment.status === 'pending' && proposer && (
        <WithdrawAmendment award={award} amendment={amendment} onChanged={onChanged} />
      )}
    </li>
  );
}
