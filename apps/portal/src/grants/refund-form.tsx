import { useState } from 'react';
import type { AwardDto, RefundKind } from '@samvirke/contracts';
import { Field, invalid, type Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { sendOnSubmit } from './form-focus.js';
import { parseKroner } from './money.js';
import { useServerAnswer } from './server-answer.js';

interface Props {
  readonly award: AwardDto;
  readonly name: (id: string) => string;
  readonly onRecorded: () => void;
}

interface RefundDraft {
  funderOrganisationId: string;
  kind: RefundKind;
  amount: string;
  receivedOn: string;
  reference: string;
  note: string;
}

const body = (draft: RefundDraft) => {
  const amountOre = parseKroner(draft.amount);
  return {
    ...draft,
    amount: undefined,
    amountOre: amountOre === null || Number.isNaN(amountOre) ? 0 : amountOre,
    reference: draft.reference.trim(),
    note: draft.note.trim(),
  };
};

function useRefund({ award, onRecorded }: Props) {
  const { api } = usePortal();
  const fresh = (): RefundDraft => ({
    funderOrganisationId: award.shares[0]?.funderOrganisationId ?? '',
    kind: 'refund',
    amount: '',
    receivedOn: new Date().toISOString().slice(0, 10),
    reference: '',
    note: '',
  });
  const [draft, setDraft] = useState<RefundDraft>(fresh);
  const answer = useServerAnswer();
  const set = (field: keyof RefundDraft) => (value: string) => setDraft({ ...draft, [field]: value });
  const record = async (): Promise<boolean> => {
    try {
      await api.send('POST', `/grants/awards/${award.id}/refunds`, body(draft));
      setDraft(fresh());
      answer.clear();
      onRecorded();
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  };
  return { draft, set, answer, record };
}

type FieldsProps = Pick<Props, 'award' | 'name'> & {
  draft: RefundDraft;
  set: (field: keyof RefundDraft) => (value: string) => void;
  errors: Errors;
};

function WhoFields({ award, name, draft, set, errors }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Field
        id="refund-funder"
        label={t('Til bevillingsgiver', 'To funder')}
        errors={errors}
        pointer="/funderOrganisationId"
      >
        <select
          id="refund-funder"
          value={draft.funderOrganisationId}
          onChange={(e) => set('funderOrganisationId')(e.target.value)}
        >
          {award.shares.map((s) => (
            <option key={s.funderOrganisationId} value={s.funderOrganisationId}>
              {name(s.funderOrganisationId)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="refund-kind" label={t('Art', 'Kind')} errors={errors} pointer="/kind">
        <select id="refund-kind" value={draft.kind} onChange={(e) => set('kind')(e.target.value)}>
          <option value="refund">
            {t('Tilbagebetaling af uforbrugte midler', 'Refund of unspent funds')}
          </option>
          <option value="claw-back">{t('Krævet tilbage', 'Claw-back')}</option>
        </select>
      </Field>
    </>
  );
}

function WhatFields({ draft, set, errors }: FieldsProps) {
  const { t } = useI18n();
  const input = (id: string, field: keyof RefundDraft, pointer: string, label: string, type = 'text') => (
    <Field id={id} label={label} errors={errors} pointer={pointer}>
      <input
        id={id}
        type={type}
        value={draft[field]}
        onChange={(e) => set(field)(e.target.value)}
        {...invalid(errors, pointer, id)}
      />
    </Field>
  );
  return (
    <>
      {input('refund-amount', 'amount', '/amountOre', t('Beløb (kr.)', 'Amount (DKK)'))}
      {input('refund-date', 'receivedOn', '/receivedOn', t('Modtaget', 'Received on'), 'date')}
      {input('refund-reference', 'reference', '/reference', t('Reference', 'Reference'))}
      {input('refund-note', 'note', '/note', t('Note', 'Note'))}
    </>
  );
}

/** A funder's officer records money that came back to a funder: refund of unspent funds, or claw-back. */
export function RefundForm(props: Props) {
  const { t } = useI18n();
  const { draft, set, answer, record } = useRefund(props);
  const fields = { award: props.award, name: props.name, draft, set, errors: answer.fieldErrors };
  return (
    <form
      noValidate
      aria-label={t('Registrér en tilbagebetaling', 'Record a refund')}
      onSubmit={sendOnSubmit(record)}
    >
      <h3>{t('Registrér en tilbagebetaling', 'Record a refund')}</h3>
      <WhoFields {...fields} />
      <WhatFields {...fields} />
      {answer.failure !== null && <ErrorMessage error={answer.failure} />}
      <button type="submit">{t('Registrér tilbagebetalingen', 'Record the refund')}</button>
    </form>
  );
}
