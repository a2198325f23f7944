import { useState } from 'react';
import type { AwardDto, ProposeAmendment } from '@samvirke/contracts';
import { Field, invalid } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { sendOnSubmit } from './form-focus.js';
import { kronerInput, parseKroner } from './money.js';
import { useServerAnswer } from './server-answer.js';

interface Props {
  readonly award: AwardDto;
  readonly name: (id: string) => string;
  readonly onProposed: () => void;
}

/** The open tranches (no part paid yet): the ones an amendment may change. */
const openTranches = (award: AwardDto) =>
  award.tranches.filter((t) => t.status !== 'paid' && t.shares.every((s) => s.paidAt === null));

/** The proposal from the fields: the shares' sum is the amount; conditions and what tranches wait for are kept. */
function proposal(
  award: AwardDto,
  reason: string,
  shares: string[],
  amounts: string[],
  dates: string[],
): ProposeAmendment {
  const keyOf = new Map(award.conditions.map((c) => [c.id, c.key]));
  const shareOre = award.shares.map((_, i) => parseKroner(shares[i] ?? '') ?? 0);
  return {
    reason: reason.trim(),
    amountOre: shareOre.reduce((sum, ore) => sum + ore, 0),
    shares: award.shares.map((s, i) => ({
      funderOrganisationId: s.funderOrganisationId,
      amountOre: shareOre[i] ?? 0,
    })),
    conditions: award.conditions.map(({ key, indicatorCode, period }) => ({ key, indicatorCode, period })),
    tranches: openTranches(award).map((tranche, i) => ({
      amountOre: parseKroner(amounts[i] ?? '') ?? 0,
      earliestDate: dates[i] ?? tranche.earliestDate,
      conditions: tranche.conditionIds.map((id) => keyOf.get(id) ?? id),
      awaitsReport: tranche.awaitsReport,
      awaitsAgreement: tranche.awaitsAgreement,
    })),
  };
}

/** A list of field values, one of which changes. */
function useList(initial: string[]) {
  const [list, setList] = useState(initial);
  return [
    list,
    (i: number, value: string) => setList(list.map((old, j) => (j === i ? value : old))),
  ] as const;
}

function useAmendment({ award, onProposed }: Props) {
  const { language } = useI18n();
  const { api } = usePortal();
  const [reason, setReason] = useState('');
  const open = openTranches(award);
  const [shares, setShare] = useList(award.shares.map((s) => kronerInput(s.amountOre, language)));
  const [amounts, setAmount] = useList(open.map((t) => kronerInput(t.amountOre, language)));
  const [dates, setDate] = useList(open.map((t) => t.earliestDate));
  const answer = useServerAnswer();
  const propose = async (): Promise<boolean> => {
    try {
      const body = proposal(award, reason, shares, amounts, dates);
      await api.send('POST', `/grants/awards/${award.id}/amendments`, body);
      setReason('');
      answer.clear();
      onProposed();
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  };
  return { reason, setReason, shares, amounts, dates, answer, propose, open, setShare, setAmount, setDate };
}

type Form = ReturnType<typeof useAmendment>;

function ShareFields({ award, name, form }: Pick<Props, 'award' | 'name'> & { form: Form }) {
  const { t } = useI18n();
  const errors = form.answer.fieldErrors;
  return (
    <>
      {award.shares.map((share, i) => {
        const id = `amend-share-${i}`;
        const pointer = `/shares/${i}/amountOre`;
        const funder = name(share.funderOrganisationId);
        return (
          <Field
            key={share.funderOrganisationId}
            id={id}
            label={t(`Andel fra ${funder} (kr.)`, `Share of ${funder} (DKK)`)}
            errors={errors}
            pointer={pointer}
          >
            <input
              id={id}
              inputMode="decimal"
              value={form.shares[i] ?? ''}
              onChange={(e) => form.setShare(i, e.target.value)}
              {...invalid(errors, pointer, id)}
            />
          </Field>
        );
      })}
    </>
  );
}

function TrancheFields({ form }: { form: Form }) {
  const { t } = useI18n();
  const errors = form.answer.fieldErrors;
  return (
    <>
      {form.open.map((tranche, i) => (
        <fieldset key={tranche.id}>
          <legend>{t(`Rate ${tranche.position}`, `Tranche ${tranche.position}`)}</legend>
          <Field
            id={`amend-tranche-${i}`}
            label={t('Beløb (kr.)', 'Amount (DKK)')}
            errors={errors}
            pointer={`/tranches/${i}/amountOre`}
          >
            <input
              id={`amend-tranche-${i}`}
              inputMode="decimal"
              value={form.amounts[i] ?? ''}
              onChange={(e) => form.setAmount(i, e.target.value)}
            />
          </Field>
          <Field
            id={`amend-date-${i}`}
            label={t('Tidligst', 'Earliest')}
            errors={errors}
            pointer={`/tranches/${i}/earliestDate`}
          >
            <input
              id={`amend-date-${i}`}
              type="date"
              value={form.dates[i] ?? ''}
              onChange={(e) => form.setDate(i, e.target.value)}
            />
          </Field>
        </fieldset>
      ))}
    </>
  );
}

/** The awarding foundation proposes a new amount (its shares), new open tranches and dates, with a reason. */
export function AmendmentForm(props: Props) {
  const { t } = useI18n();
  const form = useAmendment(props);
  const errors = form.answer.fieldErrors;
  return (
    <form
      noValidate
      aria-label={t('Foreslå en ændring', 'Propose an amendment')}
      onSubmit={sendOnSubmit(form.propose)}
    >
      <h3>{t('Foreslå en ændring', 'Propose an amendment')}</h3>
      <Field id="amend-reason" label={t('Begrundelse', 'Reason')} errors={errors} pointer="/reason">
        <textarea
          id="amend-reason"
          rows={2}
          value={form.reason}
          onChange={(e) => form.setReason(e.target.value)}
          {...invalid(errors, '/reason', 'amend-reason')}
        />
      </Field>
      <ShareFields award={props.award} name={props.name} form={form} />
      <TrancheFields form={form} />
      {errors['/tranches'] && <p className="field-error">{errors['/tranches']}</p>}
      {errors['/shares'] && <p className="field-error">{errors['/shares']}</p>}
      {form.answer.failure !== null && <ErrorMessage error={form.answer.failure} />}
      <button type="submit">{t('Foreslå ændringen', 'Propose the amendment')}</button>
    </form>
  );
}
