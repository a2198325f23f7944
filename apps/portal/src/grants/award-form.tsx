import type { ApplicationDto, AwardDto, GrantCallDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';
import { parseKroner } from './money.js';

type Props = { application: ApplicationDto; call: GrantCallDto; onFailure: (error: unknown) => void };

/**
 * The call's foundation awards a grant: the amount from its own commitment, paid in two tranches,
 * the second once the grantee's approved report for an indicator and period is in; or rejects it.
 */
export function AwardForm({ application, call }: { application: ApplicationDto; call: GrantCallDto }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <section aria-labelledby="decision-heading" className="panel">
      <h2 id="decision-heading">{t('Afgørelse', 'Decision')}</h2>
      <AwardGrantForm application={application} call={call} onFailure={setFailure} />
      <RejectForm application={application} call={call} onFailure={setFailure} />
      {failure !== null && (
        <>
          <ErrorMessage error={failure} />
          {failure instanceof ApiError && (
            <ul>
              {failure.fieldErrors.map((error) => (
                <li key={error.pointer} className="field-error">
                  {error.pointer}: {error.detail}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The award's body: half now, the rest on the report condition when one is given. */
function awardBody(ore: number, call: GrantCallDto, indicator: string, period: string) {
  const today = new Date().toISOString().slice(0, 10);
  const first = Math.floor(ore / 2);
  const conditional = indicator.trim() && period;
  return {
    amountOre: ore,
    shares: [{ funderOrganisationId: call.funderOrganisationId, amountOre: ore }],
    conditions: conditional ? [{ key: 'rapport', indicatorCode: indicator.trim(), period }] : [],
    tranches: [
      { amountOre: first, earliestDate: today, conditions: [] },
      { amountOre: ore - first, earliestDate: today, conditions: conditional ? ['rapport'] : [] },
    ],
  };
}

function useAwardFields(application: ApplicationDto) {
  const { t } = useI18n();
  const kroner = application.requestedAmountOre === null ? '' : String(application.requestedAmountOre / 100);
  const [amount, setAmount] = useState(kroner);
  const [indicator, setIndicator] = useState('');
  const [period, setPeriod] = useState('');
  const ore = parseKroner(amount);
  const amountError =
    ore === null || Number.isNaN(ore) || ore <= 0
      ? t('Skriv et beløb i kroner.', 'Enter an amount in kroner.')
      : null;
  const periodError =
    period && !/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period)
      ? t('Som 2026, 2026-Q2 eller 2026-03.', 'Like 2026, 2026-Q2 or 2026-03.')
      : null;
  return { amount, setAmount, indicator, setIndicator, period, setPeriod, ore, amountError, periodError };
}

function AwardGrantForm({ application, call, onFailure }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const fields = useAwardFields(application);
  const { ore, amountError, periodError } = fields;
  async function award(): Promise<void> {
    if (ore === null || Number.isNaN(ore)) return;
    try {
      const body = awardBody(ore, call, fields.indicator, fields.period);
      const created = await api.send<AwardDto>('POST', `/grants/applications/${application.id}/award`, body);
      navigate(`/grants/awards/${created.id}`);
    } catch (error) {
      onFailure(error);
    }
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!amountError && !periodError) void award();
      }}
    >
      <AwardFields {...fields} />
      <button type="submit" className="primary" disabled={Boolean(amountError || periodError)}>
        {t('Bevilg', 'Award')}
      </button>
    </form>
  );
}

/** The amount, and the indicator and period whose approved report releases the second tranche. */
function AwardFields(fields: ReturnType<typeof useAwardFields>) {
  const { t } = useI18n();
  return (
    <>
      <CheckedInput
        id="award-amount"
        label={t('Bevilget beløb (kr.)', 'Amount awarded (DKK)')}
        inputMode="decimal"
        value={fields.amount}
        onChange={fields.setAmount}
        error={fields.amountError}
      />
      <p className="muted">
        {t(
          'Udbetales i to rater; den anden kan gøres betinget af en godkendt indberetning.',
          'Paid in two tranches; the second may wait for an approved report.',
        )}
      </p>
      <div className="field">
        <label htmlFor="award-indicator">
          {t('Betingelse: indikator (kode)', 'Condition: indicator (code)')}
        </label>
        <input
          id="award-indicator"
          value={fields.indicator}
          onChange={(e) => fields.setIndicator(e.target.value)}
        />
      </div>
      <CheckedInput
        id="award-period"
        label={t('Betingelse: periode', 'Condition: period')}
        value={fields.period}
        onChange={fields.setPeriod}
        error={fields.periodError}
      />
    </>
  );
}

/** A labelled input with its message next to it, which marks it invalid. */
function CheckedInput(props: {
  id: string;
  label: string;
  inputMode?: 'decimal';
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const { id, error } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        inputMode={props.inputMode}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function RejectForm({ application, call, onFailure }: Props) {
  const { t } = useI18n();
  const { api } = usePortal();
  const [reason, setReason] = useState('');
  async function reject(): Promise<void> {
    try {
      await api.send('POST', `/grants/applications/${application.id}/reject`, { reason: reason.trim() });
      navigate(`/grants/calls/${call.id}`);
    } catch (error) {
      onFailure(error);
    }
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim().length >= 3) void reject();
      }}
    >
      <div className="field">
        <label htmlFor="reject-reason">{t('Begrundelse for afslag', 'Reason for rejection')}</label>
        <textarea id="reject-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="submit" disabled={reason.trim().length < 3}>
        {t('Giv afslag', 'Reject')}
      </button>
    </form>
  );
}
