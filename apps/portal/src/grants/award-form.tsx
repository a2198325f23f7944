import type {
  ApplicationDto,
  AwardDto,
  FundingOverviewDto,
  GrantCallDto,
  ProgrammeIndicatorDto,
} from '@samvirke/contracts';
import type { ApiClient } from '../api/client.js';
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
import { fieldErrorsOf } from './server-answer.js';
import { RejectForm } from './reject-form.js';
import { CoFundingFieldset } from './award-cofunding-fields.js';
import { checkCoFunding, coFundersOf, sharesOf, type CoFunder, type CoFunding } from './award-cofunding.js';
import { formatKroner } from './money.js';

type Props = { application: ApplicationDto; call: GrantCallDto; onFailure: (error: unknown) => void };

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
  coFunders,
  ownName,
  serverErrors,
  onFailure,
}: Props & {
  indicators: ProgrammeIndicatorDto[];
  coFunders: CoFunder[];
  ownName: string;
  serverErrors: Errors;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [plan, setPlanState] = useState<AwardPlan>(() =>
    initialPlan(application.requestedAmountOre, new Date().toISOString().slice(0, 10), i18n.language),
  );
  const [coFunding, setCoFundingState] = useState<CoFunding[]>([]);
  const setPlan = (next: AwardPlan): void => {
    onFailure(null);
    setPlanState(next);
  };
  const setCoFunding = (next: CoFunding[]): void => {
    onFailure(null);
    setCoFundingState(next);
  };
  const check = checkPlan(plan, indicators, t);
  const kroner = (ore: number): string => formatKroner(ore, i18n.language);
  const shareErrors = checkCoFunding(check.amountOre, coFunding, coFunders, t, kroner);
  // The form's own checks win; the service's answer to the last try shows until something changes.
  const errors: Errors = { ...serverErrors, ...check.errors, ...shareErrors };
  const valid = Object.keys(check.errors).length === 0 && Object.keys(shareErrors).length === 0;
  async function award(): Promise<void> {
    try {
      const body = {
        ...awardBody(plan, call.funderOrganisationId),
        shares: sharesOf(check.amountOre ?? 0, call.funderOrganisationId, coFunding),
      };
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
      <CoFundingFieldset
        amountOre={check.amountOre}
        ownName={ownName}
        coFunders={coFunders}
        coFunding={coFunding}
        onCoFunding={setCoFunding}
        errors={errors}
      />
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
