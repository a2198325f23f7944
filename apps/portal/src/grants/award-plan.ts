import { isPeriodOf, type GrantReportKind, type ProgrammeIndicatorDto } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';
import { kronerInput, parseKroner } from './money.js';

/** A reporting condition as the funder picks it: an indicator of the programme and a period. */
export interface PlanCondition {
  readonly key: string;
  readonly indicatorCode: string;
  readonly period: string;
}

/** A tranche as typed: its amount in kroner, its earliest date, the conditions it waits for. */
export interface PlanTranche {
  readonly amount: string;
  readonly earliestDate: string;
  readonly conditions: readonly string[];
  /** The kind of report the funder must approve first (none when absent). */
  readonly awaitsReport?: GrantReportKind | null;
  /** Whether it waits for the grantee's acceptance of the grant agreement. */
  readonly awaitsAgreement?: boolean;
}

/** The award being put together: amount in kroner, any number of conditions and tranches. */
export interface AwardPlan {
  readonly amount: string;
  readonly conditions: readonly PlanCondition[];
  readonly tranches: readonly PlanTranche[];
}

type Language = 'da' | 'en';

/** The request's amount in two tranches (half now, half later), no conditions yet. */
export function initialPlan(requestedOre: number | null, today: string, language: Language): AwardPlan {
  const plan: AwardPlan = {
    amount: requestedOre === null ? '' : kronerInput(requestedOre, language),
    conditions: [],
    tranches: [
      { amount: '', earliestDate: today, conditions: [] },
      { amount: '', earliestDate: today, conditions: [] },
    ],
  };
  return splitEvenly(plan, language);
}

function validOre(raw: string): number | null {
  const ore = parseKroner(raw);
  return ore === null || Number.isNaN(ore) || ore <= 0 ? null : ore;
}

/** The tranches' amounts summed, counting what reads as an amount. */
export function trancheSum(plan: AwardPlan): number {
  return plan.tranches.reduce((sum, tranche) => sum + (validOre(tranche.amount) ?? 0), 0);
}

/** A tranche more, holding what the others leave of the amount, from the last one's date. */
export function addTranche(plan: AwardPlan, language: Language): AwardPlan {
  const left = (validOre(plan.amount) ?? 0) - trancheSum(plan);
  const last = plan.tranches.at(-1);
  return {
    ...plan,
    tranches: [
      ...plan.tranches,
      {
        amount: left > 0 ? kronerInput(left, language) : '',
        earliestDate: last?.earliestDate ?? '',
        conditions: [],
      },
    ],
  };
}

/** Removes a tranche; an award keeps at least one. */
export function removeTranche(plan: AwardPlan, index: number): AwardPlan {
  if (plan.tranches.length <= 1) return plan;
  return { ...plan, tranches: plan.tranches.filter((_, i) => i !== index) };
}

export function changeTranche(plan: AwardPlan, index: number, change: Partial<PlanTranche>): AwardPlan {
  return {
    ...plan,
    tranches: plan.tranches.map((tranche, i) => (i === index ? { ...tranche, ...change } : tranche)),
  };
}

/** The amount spread over the tranches in whole kroner where it can be; the last takes the rest. */
export function splitEvenly(plan: AwardPlan, language: Language): AwardPlan {
  const ore = validOre(plan.amount);
  if (ore === null) return plan;
  const count = plan.tranches.length;
  const share = Math.floor(ore / count / 100) * 100;
  return {
    ...plan,
    tranches: plan.tranches.map((tranche, i) => ({
      ...tranche,
      amount: kronerInput(i === count - 1 ? ore - share * (count - 1) : share, language),
    })),
  };
}

/** A new amount awarded, spread over the tranches again. */
export function changeAmount(plan: AwardPlan, amount: string, language: Language): AwardPlan {
  return splitEvenly({ ...plan, amount }, language);
}

/** A condition more, with a key no other condition has ("betingelse-2", in the funder's language). */
export function addCondition(plan: AwardPlan, word = 'betingelse'): AwardPlan {
  const keys = new Set(plan.conditions.map((condition) => condition.key));
  let n = plan.conditions.length + 1;
  while (keys.has(`${word}-${n}`)) n += 1;
  return {
    ...plan,
    conditions: [...plan.conditions, { key: `${word}-${n}`, indicatorCode: '', period: '' }],
  };
}

/** Removes a condition, and from every tranche that waited for it. */
export function removeCondition(plan: AwardPlan, index: number): AwardPlan {
  const key = plan.conditions[index]?.key;
  return {
    ...plan,
    conditions: plan.conditions.filter((_, i) => i !== index),
    tranches: plan.tranches.map((tranche) => ({
      ...tranche,
      conditions: tranche.conditions.filter((name) => name !== key),
    })),
  };
}

export function changeCondition(plan: AwardPlan, index: number, change: Partial<PlanCondition>): AwardPlan {
  return {
    ...plan,
    conditions: plan.conditions.map((condition, i) =>
      i === index ? { ...condition, ...change } : condition,
    ),
  };
}

/** A tranche waits for a condition, or no longer does. */
export function toggleTrancheCondition(plan: AwardPlan, index: number, key: string, on: boolean): AwardPlan {
  const tranche = plan.tranches[index];
  if (!tranche) return plan;
  const conditions = on
    ? [...new Set([...tranche.conditions, key])]
    : tranche.conditions.filter((name) => name !== key);
  return changeTranche(plan, index, { conditions });
}

export interface PlanCheck {
  /** Messages by JSON pointer of the field, as the service names them. */
  readonly errors: Readonly<Record<string, string>>;
  readonly amountOre: number | null;
  readonly trancheSumOre: number;
}

const FREQUENCY_EXAMPLE = { quarterly: '2026-Q3', monthly: '2026-09', annual: '2026' } as const;

/**
 * What the form checks as the funder types: a positive amount; every condition an indicator of the
 * programme and a period of that indicator's frequency; every tranche a positive amount and a date,
 * the tranches summing exactly to the amount.
 */
export function checkPlan(
  plan: AwardPlan,
  indicators: readonly Pick<ProgrammeIndicatorDto, 'code' | 'frequency'>[],
  t: Translate,
): PlanCheck {
  const errors: Record<string, string> = {};
  const amountOre = validOre(plan.amount);
  if (amountOre === null) errors['/amountOre'] = t('Skriv et beløb i kroner.', 'Enter an amount in kroner.');
  plan.conditions.forEach((condition, index) => {
    const indicator = indicators.find((item) => item.code === condition.indicatorCode);
    if (!indicator)
      errors[`/conditions/${index}/indicatorCode`] = t(
        'Vælg en af programmets indikatorer.',
        "Choose one of the programme's indicators.",
      );
    else if (!isPeriodOf(indicator.frequency, condition.period)) {
      const example = FREQUENCY_EXAMPLE[indicator.frequency];
      errors[`/conditions/${index}/period`] = t(
        `Skriv en periode som indikatoren indberettes for, fx ${example}.`,
        `Enter a period the indicator is reported for, e.g. ${example}.`,
      );
    }
  });
  plan.tranches.forEach((tranche, index) => {
    if (validOre(tranche.amount) === null)
      errors[`/tranches/${index}/amountOre`] = t('Skriv et beløb i kroner.', 'Enter an amount in kroner.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(tranche.earliestDate))
      errors[`/tranches/${index}/earliestDate`] = t('Vælg en dato.', 'Choose a date.');
  });
  const trancheSumOre = trancheSum(plan);
  if (amountOre !== null && trancheSumOre !== amountOre)
    errors['/tranches'] = t(
      'Raterne skal tilsammen give det bevilgede beløb.',
      'The tranches must add up to the amount awarded.',
    );
  return { errors, amountOre, trancheSumOre };
}

/** The award's body for the service: one funder's share of the whole, the conditions and tranches. */
export function awardBody(plan: AwardPlan, funderOrganisationId: string) {
  const amountOre = validOre(plan.amount) ?? 0;
  return {
    amountOre,
    shares: [{ funderOrganisationId, amountOre }],
    conditions: plan.conditions.map(({ key, indicatorCode, period }) => ({ key, indicatorCode, period })),
    tranches: plan.tranches.map((tranche) => ({
      amountOre: validOre(tranche.amount) ?? 0,
      earliestDate: tranche.earliestDate,
      conditions: [...tranche.conditions],
      awaitsReport: tranche.awaitsReport ?? null,
      awaitsAgreement: tranche.awaitsAgreement ?? false,
    })),
  };
}
