import type { CommitFunding } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';
import { parseKroner } from './money.js';

/** A funding commitment as the officer types it: the amount in kroner, the period as dates. */
export interface CommitmentDraft {
  funder: string;
  amount: string;
  periodStart: string;
  periodEnd: string;
}

export function emptyCommitment(funder: string): CommitmentDraft {
  return { funder, amount: '', periodStart: '', periodEnd: '' };
}

/** The message for an amount in kroner that is not a positive amount, or null when it is one (or empty). */
export function amountError(raw: string, t: Translate): string | null {
  const ore = parseKroner(raw);
  if (ore === null) return null;
  if (Number.isNaN(ore) || ore <= 0)
    return t('Skriv et beløb over 0 kr., fx 2.500.000.', 'Enter an amount above 0 DKK, e.g. 2,500,000.');
  return ore > Number.MAX_SAFE_INTEGER ? t('Beløbet er for stort.', 'The amount is too large.') : null;
}

/**
 * What the form checks itself, by the JSON pointer the service would name: a bad amount or a period
 * ending before it starts at once; a missing field only once the officer tries to send (complete).
 */
export function checkCommitment(
  draft: CommitmentDraft,
  t: Translate,
  complete: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('Skal udfyldes.', 'Required.');
  const amount = amountError(draft.amount, t);
  if (amount) errors['/amountOre'] = amount;
  if (draft.periodStart && draft.periodEnd && draft.periodEnd < draft.periodStart)
    errors['/periodEnd'] = t('Må ikke ligge før periodens start.', 'Must not be before the period starts.');
  if (complete) {
    if (!draft.funder) errors['/funderOrganisationId'] = t('Vælg en fond.', 'Choose a foundation.');
    if (!draft.amount.trim()) errors['/amountOre'] = required;
    if (!draft.periodStart) errors['/periodStart'] = required;
    if (!draft.periodEnd) errors['/periodEnd'] ??= required;
  }
  return errors;
}

/** The commitFunding body (call only when checkCommitment finds nothing). */
export function commitmentBody(draft: CommitmentDraft): CommitFunding {
  return {
    funderOrganisationId: draft.funder,
    amountOre: parseKroner(draft.amount) ?? 0,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
  };
}
