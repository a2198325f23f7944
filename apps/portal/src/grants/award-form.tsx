import type { ApplicationDto, AwardDto, GrantCallDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { Field, invalid, type Errors } from '../components/fields.js';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal, useLoad } from '../portal-context.js';
import { navigate } from '../router.js';
import { awardBody, changeAmount, checkPlan, initialPlan, type AwardPlan } from './award-plan.js';
import { ConditionsFieldset } from './award-condition-fields.js';
import { TranchesFieldset } from './award-tranche-fields.js';
import { loadProgrammeIndicators } from './grants-load.js';
import { fieldErrorsOf, useServerAnswer } from './server-answer.js';

type Props = { application: ApplicationDto; call: GrantCallDto; onFailure: (error: unknown) => void };

/** The service's field errors the award form shows next to its fields; any other is listed below it. */
const SHOWN_BY_FIELDS =
  /^\/(amountOre|tranches(\/\d+\/(amountOre|earliestDate))?|conditions\/\d+\/(indicatorCode|period))$/;

/**
 * The call's foundation awards a grant from its own commitment, in any number of tranches, each
 * of which may wait for approved reports of the programme's indicators; or rejects it.
 */
export function AwardForm({ application, call }: { application: ApplicationDto; call: GrantCallDto }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const indicators = useLoad(
    (api) => loadProgrammeIndicators(api, application.programmeId),
    `indicators:${application.programmeId}`,
  );
  return (
    <section aria-labelledby="decision-heading" className="panel">
      <h2 id="decision-heading">{t('Afgørelse', 'Decision')}</h2>
      <h3>{t('Bevilling', 'Award')}</h3>
      <Await loaded={indicators}>
        {(list) => (
          <AwardGrantForm
            application={application}
            call={call}
            indicators={list}
            serverErrors={fieldErrorsOf(failure)}
            onFailure={setFailure}
          />
        )}
      </Await>
      {failure !== null && (
        <>
          <ErrorMessage error={failure} />
          {failure instanceof ApiError && (
            <ul>
              {failure.fieldErrors
                .filter((error) => !SHOWN_BY_FIELDS.test(error.pointer))
                .map((error) => (
                  <li key={error.pointer} className="field-error">
                    {error.pointer}: {error.detail}
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
      <h3>{t('Afslag', 'Rejection')}</h3>
      <RejectForm application={application} call={call} />
    </section>
  );
}

function AwardGrantForm({
  application,
  call,
  indicators,
  serverErrors,
  onFailure,
}: Props & { indicators: ProgrammeIndicatorDto[]; serverErrors: Errors }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [plan, setPlanState] = useState<AwardPlan>(() =>
    initialPlan(application.requestedAmountOre, new Date().toISOString().slice(0, 10), i18n.language),
  );
  const setPlan = (next: AwardPlan): void => {
    onFailure(null);
    setPlanState(next);
  };
  const check = checkPlan(plan, indicators, t);
  const valid = Object.keys(check.errors).length === 0;
  // The service's answer to the last try shows next to its fields until the plan changes.
  const errors: Errors = { ...serverErrors, ...check.errors };
  async function award(): Promise<void> {
    try {
      const body = awardBody(plan, call.funderOrganisationId);
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
        if (valid) void award();
      }}
    >
      <AmountField plan={plan} onPlan={setPlan} errors={errors} />
      <ConditionsFieldset plan={plan} onPlan={setPlan} errors={errors} indicators={indicators} />
      <TranchesFieldset plan={plan} onPlan={setPlan} errors={errors} check={check} />
      <button type="submit" className="primary" disabled={!valid}>
        {t('Bevilg', 'Award')}
      </button>
    </form>
  );
}

/** The amount awarded; a new amount is spread over the tranches again. */
function AmountField({
  plan,
  onPlan,
  errors,
}: {
  plan: AwardPlan;
  onPlan: (plan: AwardPlan) => void;
  errors: Errors;
}) {
  const i18n = useI18n();
  return (
    <Field
      id="award-amount"
      label={i18n.t('Bevilget beløb (kr.)', 'Amount awarded (DKK)')}
      errors={errors}
      pointer="/amountOre"
    >
      <input
        id="award-amount"
        inputMode="decimal"
        value={plan.amount}
        onChange={(e) => onPlan(changeAmount(plan, e.target.value, i18n.language))}
        {...invalid(errors, '/amountOre', 'award-amount')}
      />
    </Field>
  );
}

/** The call's foundation rejects the application, with a reason the applicant will read. */
function RejectForm({ application, call }: Omit<Props, 'onFailure'>) {
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
