import type { FundingCommitmentDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { Errors } from '../components/fields.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import {
  checkCommitment,
  commitmentBody,
  emptyCommitment,
  type CommitmentDraft,
} from './commitment-draft.js';
import { sendOnSubmit } from './form-focus.js';
import type { FunderChoice } from './funder-choices.js';
import { FunderField } from './funder-field.js';
import { InputField } from '../components/input-field.js';
import { formatKroner } from './money.js';
import { useServerAnswer } from './server-answer.js';

interface Props {
  readonly programmeId: string;
  readonly choices: readonly FunderChoice[];
  readonly onCommitted: () => void;
}

/** The commitment being typed, its checks and its sending to the grants service. */
function useCommitment({ programmeId, choices, onCommitted }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const only = choices.length === 1 ? (choices[0]?.id ?? '') : '';
  const [draft, setDraft] = useState<CommitmentDraft>(() => emptyCommitment(only));
  const [attempted, setAttempted] = useState(false);
  const [committed, setCommitted] = useState<FundingCommitmentDto | null>(null);
  const answer = useServerAnswer();
  const own = checkCommitment(draft, t, attempted);
  // The form's own checks win over the service's answer to an earlier try.
  const errors: Errors = { ...answer.fieldErrors, ...own };
  async function send(): Promise<boolean> {
    setAttempted(true);
    if (Object.keys(checkCommitment(draft, t, true)).length > 0) return false;
    try {
      const created = await api.send<FundingCommitmentDto>(
        'POST',
        `/grants/programmes/${programmeId}/commitments`,
        commitmentBody(draft),
      );
      answer.clear();
      setCommitted(created);
      setAttempted(false);
      setDraft(emptyCommitment(only));
      onCommitted();
      return true;
    } catch (error) {
      answer.fail(error);
      return false;
    }
  }
  const change = (patch: Partial<CommitmentDraft>): void => {
    answer.clear();
    setCommitted(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  return { draft, errors, committed, failure: answer.failure, change, send };
}

/** A foundation officer commits an amount of their foundation to the programme for a period. */
export function CommitmentForm(props: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const commitment = useCommitment(props);
  const { committed, failure, send } = commitment;
  return (
    <section aria-labelledby="commit-heading" className="panel">
      <h2 id="commit-heading">{t('Giv tilsagn om midler', 'Commit funding')}</h2>
      <form noValidate onSubmit={sendOnSubmit(send)}>
        <CommitmentFields choices={props.choices} {...commitment} />
        {failure !== null && <ErrorMessage error={failure} />}
        <p role="status">
          {committed &&
            t(
              `Tilsagnet på ${formatKroner(committed.amountOre, i18n.language)} er registreret.`,
              `The commitment of ${formatKroner(committed.amountOre, i18n.language)} is recorded.`,
            )}
        </p>
        <div className="actions">
          <button type="submit" className="primary">
            {t('Giv tilsagn', 'Commit funding')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The foundation, the amount and the period the commitment covers. */
function CommitmentFields({
  choices,
  draft,
  errors,
  change,
}: Pick<Props, 'choices'> & Pick<ReturnType<typeof useCommitment>, 'draft' | 'errors' | 'change'>) {
  const { t } = useI18n();
  const field = (key: 'amount' | 'periodStart' | 'periodEnd') => ({
    errors,
    value: draft[key],
    onValue: (value: string) => change({ [key]: value }),
  });
  return (
    <>
      <FunderField
        id="commit-funder"
        choices={choices}
        value={draft.funder}
        errors={errors}
        onChange={(funder) => change({ funder })}
      />
      <InputField
        id="commit-amount"
        label={t('Beløb (kr.)', 'Amount (DKK)')}
        pointer="/amountOre"
        inputMode="decimal"
        {...field('amount')}
      />
      <PeriodFields field={field} />
    </>
  );
}

type Bind = (key: 'periodStart' | 'periodEnd') => {
  errors: Errors;
  value: string;
  onValue: (value: string) => void;
};

/** The period the commitment covers. */
function PeriodFields({ field }: { field: Bind }) {
  const { t } = useI18n();
  return (
    <div className="budget-line">
      <InputField
        id="commit-start"
        label={t('Periodens start', 'Period starts')}
        pointer="/periodStart"
        type="date"
        {...field('periodStart')}
      />
      <InputField
        id="commit-end"
        label={t('Periodens slut', 'Period ends')}
        pointer="/periodEnd"
        type="date"
        {...field('periodEnd')}
      />
    </div>
  );
}
