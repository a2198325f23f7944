import type { ApplicationDto, AwardDto, GrantCallDto, ProgrammeIndicatorDto } from '@samvirke/contracts';
import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Errors } from '../components/fields.js';
import { useI18n } from '../i18n/i18n.js';
import { usePortal } from '../portal-context.js';
import { navigate } from '../router.js';
import { checkCoFunding, sharesOf, type CoFunder, type CoFunding } from './award-cofunding.js';
import { awardBody, checkPlan, initialPlan, type AwardPlan } from './award-plan.js';
import { formatKroner } from './money.js';

export interface AwardPlanProps {
  readonly application: ApplicationDto;
  readonly call: GrantCallDto;
  readonly indicators: ProgrammeIndicatorDto[];
  readonly coFunders: readonly CoFunder[];
  /** The service's answer to the last try, by JSON pointer. */
  readonly serverErrors: Errors;
  readonly onFailure: (error: unknown) => void;
}

/** A setter that first forgets the service's answer to the last try. */
function forgetting<T>(onFailure: (error: unknown) => void, set: (next: T) => void): (next: T) => void {
  return (next) => {
    onFailure(null);
    set(next);
  };
}

/** Makes the award and opens it. */
async function sendAward(api: ApiClient, application: ApplicationDto, body: unknown): Promise<void> {
  const created = await api.send<AwardDto>('POST', `/grants/applications/${application.id}/award`, body);
  navigate(`/grants/awards/${created.id}`);
}

/**
 * The award being put together (amount, co-funders' shares, conditions, tranches), what the form
 * checks of it, and its sending. A change forgets the service's answer to the last try.
 */
export function useAwardPlan({
  application,
  call,
  indicators,
  coFunders,
  serverErrors,
  onFailure,
}: AwardPlanProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = usePortal();
  const [plan, setPlanState] = useState<AwardPlan>(() =>
    initialPlan(application.requestedAmountOre, new Date().toISOString().slice(0, 10), i18n.language),
  );
  const [coFunding, setCoFundingState] = useState<CoFunding[]>([]);
  const check = checkPlan(plan, indicators, t);
  const kroner = (ore: number): string => formatKroner(ore, i18n.language);
  const shareErrors = checkCoFunding(check.amountOre, coFunding, coFunders, t, kroner);
  const award = (): Promise<void> =>
    sendAward(api, application, {
      ...awardBody(plan, call.funderOrganisationId),
      shares: sharesOf(check.amountOre ?? 0, call.funderOrganisationId, coFunding),
    }).catch(onFailure);
  return {
    plan,
    coFunding,
    check,
    // The form's own checks win over the service's answer.
    errors: { ...serverErrors, ...check.errors, ...shareErrors } as Errors,
    valid: Object.keys(check.errors).length === 0 && Object.keys(shareErrors).length === 0,
    setPlan: forgetting(onFailure, setPlanState),
    setCoFunding: forgetting(onFailure, setCoFundingState),
    award,
  };
}
