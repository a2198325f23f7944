import type { ApplicationDto, FundingOverviewDto, GrantCallDto } from '@samvirke/contracts';
import { useState } from 'react';
import { ApiError, type ApiClient } from '../api/client.js';
import { Field, invalid, type Errors } from '../components/fields.js';
import { Await, ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useLoad } from '../portal-context.js';
import { CoFundingFieldset } from './award-cofunding-fields.js';
import { coFundersOf } from './award-cofunding.js';
import { ConditionsFieldset } from './award-condition-fields.js';
import { changeAmount, type AwardPlan } from './award-plan.js';
import { TranchesFieldset } from './award-tranche-fields.js';
import { loadProgrammeIndicators } from './grants-load.js';
import { RejectForm } from './reject-form.js';
import { fieldErrorsOf } from './server-answer.js';
import { useAwardPlan, type AwardPlanProps } from './use-award-plan.js';

/** The service's field errors the award form shows next to its fields; any other is listed below it. */
const SHOWN_BY_FIELDS =
  /^\/(amountOre|tranches(\/\d+\/(amountOre|earliestDate))?|conditions\/\d+\/(indicatorCode|period)|shares(\/\d+\/(amountOre|funderOrganisationId))?)$/;

/** What the decision needs beyond the application: the programme's indicators and the other funders' money. */
async function loadDecision(api: ApiClient, application: ApplicationDto, call: GrantCallDto) {
  const [indicators, overview] = await Promise.all([
    loadProgrammeIndicators(api, application.programmeId),
    api.get<FundingOverviewDto>(`/grants/programmes/${application.programmeId}/funding`).catch(() => null),
  ]);
  const own = overview?.funders.find((funder) => funder.funderOrganisationId === call.funderOrganisationId);
  return {
    indicators,
    coFunders: coFundersOf(overview, call.funderOrganisationId),
    ownName: own?.funderName,
  };
}

/**
 * The call's foundation awards a grant from its own commitment, in any number of tranches, each
 * of which may wait for approved reports of the programme's indicators; or rejects it.
 */
export function AwardForm({ application, call }: { application: ApplicationDto; call: GrantCallDto }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const decision = useLoad(
    (api) => loadDecision(api, application, call),
    `decision:${application.programmeId}:${call.id}`,
  );
  return (
    <section aria-labelledby="decision-heading" className="panel">
      <h2 id="decision-heading">{t('Afgørelse', 'Decision')}</h2>
      <h3>{t('Bevilling', 'Award')}</h3>
      <Await loaded={decision}>
        {({ indicators, coFunders, ownName }) => (
          <AwardGrantForm
            application={application}
            call={call}
            indicators={indicators}
            coFunders={coFunders}
            ownName={ownName ?? t('Fonden', 'The foundation')}
            serverErrors={fieldErrorsOf(failure)}
            onFailure={setFailure}
          />
        )}
      </Await>
      <AwardFailure failure={failure} />
      <h3>{t('Afslag', 'Rejection')}</h3>
      <RejectForm application={application} call={call} />
    </section>
  );
}

function AwardGrantForm(props: AwardPlanProps & { ownName: string }) {
  const { t } = useI18n();
  const { plan, coFunding, check, errors, valid, setPlan, setCoFunding, award } = useAwardPlan(props);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void award();
      }}
    >
      <AmountField plan={plan} onPlan={setPlan} errors={errors} />
      <CoFundingFieldset
        amountOre={check.amountOre}
        ownName={props.ownName}
        coFunders={props.coFunders}
        coFunding={coFunding}
        onCoFunding={setCoFunding}
        errors={errors}
      />
      <ConditionsFieldset plan={plan} onPlan={setPlan} errors={errors} indicators={props.indicators} />
      <TranchesFieldset plan={plan} onPlan={setPlan} errors={errors} check={check} />
      <button type="submit" className="primary" disabled={!valid}>
        {t('Bevilg', 'Award')}
      </button>
    </form>
  );
}

/** Why the service refused the award; its field errors show by their fields, any other is listed. */
function AwardFailure({ failure }: { failure: unknown }) {
  if (failure === null) return null;
  return (
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
