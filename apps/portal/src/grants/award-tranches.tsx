import type { AwardDto } from '@samvirke/contracts';
import { useState } from 'react';
import { Field, invalid, type Errors } from '../components/fields.js';
import { StatusBadge } from '../components/status.js';
import { DownloadButtons } from '../exports/download-buttons.js';
import { trancheConditions, tranchesTable } from '../exports/grants-rows.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { GranteeSplit } from './award-grantees.js';
import { grantStatusName } from './grants-terms.js';
import { formatKroner } from './money.js';
import { TableWrap } from '../components/table-wrap.js';

type Tranche = AwardDto['tranches'][number];

const REFERENCE = '/paymentReference';

/**
 * Recording payments of an award's tranches. Each funder's officer records the payment of its own,
 * unpaid part of a tranche, with the payment reference typed for that tranche.
 */
export function useTranchePayments(awardId: string) {
  const { api, principal } = usePortal();
  const [reference, setReference] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const myPart = (tranche: Tranche) =>
    principal.roles.includes('foundation-officer')
      ? tranche.shares.find(
          (part) =>
            principal.organisations.includes(part.funderOrganisationId) && part.amountOre > 0 && !part.paidAt,
        )
      : undefined;
  async function pay(tranche: Tranche, reload: () => void): Promise<void> {
    setFailure(null);
    try {
      await api.send('POST', `/grants/awards/${awardId}/tranches/${tranche.id}/payment`, {
        paymentReference: (reference[tranche.id] ?? '').trim(),
        funderOrganisationId: myPart(tranche)?.funderOrganisationId,
      });
      reload();
    } catch (error) {
      setFailure(error);
    }
  }
  const referenceOf = (tranche: Tranche): string => reference[tranche.id] ?? '';
  const setReferenceOf = (tranche: Tranche, value: string): void =>
    setReference((current) => ({ ...current, [tranche.id]: value }));
  return { failure, setFailure, myPart, pay, referenceOf, setReferenceOf };
}

export type TranchePayments = ReturnType<typeof useTranchePayments>;

interface Props {
  readonly award: AwardDto;
  readonly name: (id: string) => string;
  readonly payments: TranchePayments;
  readonly reload: () => void;
}

/** The award's tranches: amount, earliest date, conditions and status, with payments to record. */
export function TranchesTable(props: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <TranchesGrid {...props} />
      <DownloadButtons
        caption={t('rater og deres status', 'tranches and their status')}
        {...tranchesTable(props.award, i18n)}
        fileName={t(`${props.award.title}-rater`, `${props.award.title}-tranches`)}
      />
    </>
  );
}

function TranchesGrid({ award, name, payments, reload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const conditions = trancheConditions(award, i18n);
  return (
    <TableWrap label={t('Rater og deres status', 'Tranches and their status')}>
      <table className="stack">
        <caption className="visually-hidden">
          {t('Rater og deres status', 'Tranches and their status')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('Rate', 'Tranche')}</th>
            <th scope="col" className="num">
              {t('Beløb', 'Amount')}
            </th>
            <th scope="col">{t('Tidligst', 'Earliest')}</th>
            <th scope="col">{t('Betingelser', 'Conditions')}</th>
            <th scope="col">{t('Status', 'Status')}</th>
          </tr>
        </thead>
        <tbody>
          {award.tranches.map((tranche) => (
            <tr key={tranche.id}>
              <TrancheHeader tranche={tranche} />
              <TrancheCells tranche={tranche} name={name} conditions={conditions(tranche) || '–'} />
              <td data-label={t('Status', 'Status')}>
                <TrancheStatus tranche={tranche} name={name} payments={payments} reload={reload} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The tranche's number; on a phone, where the rows stack, with its name. */
function TrancheHeader({ tranche }: { tranche: Tranche }) {
  const { t } = useI18n();
  return (
    <th scope="row">
      <span className="stack-only">{t('Rate', 'Tranche')} </span>
      {tranche.position}
    </th>
  );
}

function TrancheCells({
  tranche,
  name,
  conditions,
}: {
  tranche: Tranche;
  name: Props['name'];
  conditions: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <td className="num" data-label={t('Beløb', 'Amount')}>
        {formatKroner(tranche.amountOre, i18n.language)}
        <GranteeSplit
          parts={tranche.grantees}
          name={name}
          label={t(`Rate ${tranche.position} pr. modtager`, `Tranche ${tranche.position} per grantee`)}
        />
      </td>
      <td data-label={t('Tidligst', 'Earliest')}>{i18n.formatDate(tranche.earliestDate)}</td>
      <td data-label={t('Betingelser', 'Conditions')}>{conditions}</td>
    </>
  );
}

/** The tranche's status and reference, the parts paid so far, and the officer's payment form. */
function TrancheStatus({ tranche, name, payments, reload }: Omit<Props, 'award'> & { tranche: Tranche }) {
  const i18n = useI18n();
  return (
    <>
      <StatusBadge status={tranche.status} label={grantStatusName(i18n, tranche.status)} />
      {tranche.paymentReference && ` · ${tranche.paymentReference}`}
      {tranche.dueDate && ` · ${i18n.t('forfalder', 'due')} ${i18n.formatDate(tranche.dueDate)}`}
      {tranche.status === 'eligible' &&
        tranche.shares
          .filter((part) => part.paidAt)
          .map((part) => (
            <span key={part.funderOrganisationId}>
              {' · '}
              {i18n.t('Betalt af', 'Paid by')} {name(part.funderOrganisationId)}: {part.paymentReference}
            </span>
          ))}
      {tranche.status === 'eligible' && payments.myPart(tranche) && (
        <>
          <GranteeSplit
            parts={payments.myPart(tranche)?.grantees}
            name={name}
            label={i18n.t('Din andel udbetales til', 'Your part is paid to')}
          />
          <PaymentForm tranche={tranche} payments={payments} reload={reload} />
        </>
      )}
    </>
  );
}

function PaymentForm({
  tranche,
  payments,
  reload,
}: {
  tranche: Tranche;
  payments: TranchePayments;
  reload: () => void;
}) {
  const { t } = useI18n();
  const [attempted, setAttempted] = useState(false);
  const id = `ref-${tranche.id}`;
  const missing = attempted && !payments.referenceOf(tranche).trim();
  const errors: Errors = missing
    ? { [REFERENCE]: t('Skriv betalingsreferencen.', 'Enter the payment reference.') }
    : {};
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (payments.referenceOf(tranche).trim()) void payments.pay(tranche, reload);
      }}
    >
      <Field id={id} label={t('Betalingsreference', 'Payment reference')} errors={errors} pointer={REFERENCE}>
        <input
          id={id}
          value={payments.referenceOf(tranche)}
          onChange={(e) => payments.setReferenceOf(tranche, e.target.value)}
          {...invalid(errors, REFERENCE, id)}
        />
      </Field>
      <button type="submit">{t('Registrér udbetaling', 'Record payment')}</button>
    </form>
  );
}
