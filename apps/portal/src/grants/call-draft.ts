import type { CreateGrantCall, OrganisationType } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';
import { amountError } from './commitment-draft.js';
import { parseKroner } from './money.js';

/** A criterion as typed: its weight is text until it reads as a whole number. */
export interface CriterionDraft {
  name: string;
  description: string;
  weight: string;
}

/** A new grant call as the officer types it; the times as a datetime-local field gives them. */
export interface CallDraft {
  funder: string;
  title: string;
  description: string;
  budget: string;
  opensAt: string;
  closesAt: string;
  types: OrganisationType[];
  criteria: CriterionDraft[];
  /** The report template's section headings, one a line (absent in drafts saved before there was one). */
  reportSections?: string;
}

export type ChangeCall = (patch: Partial<CallDraft>) => void;

/** The API's bounds on a criterion's weight (a whole number). */
export const WEIGHT_MIN = 1;
export const WEIGHT_MAX = 100;
export const MAX_CRITERIA = 20;

export function emptyCall(funder: string): CallDraft {
  return {
    funder,
    title: '',
    description: '',
    budget: '',
    opensAt: '',
    closesAt: '',
    types: [],
    criteria: [{ name: '', description: '', weight: '1' }],
    reportSections: DEFAULT_REPORT_SECTIONS_DA,
  };
}

/** The sections a grantee's report has unless the officer writes others: in Danish, as the portal's officers write. */
export const DEFAULT_REPORT_SECTIONS_DA = [
  'Fremdrift og aktiviteter',
  'Resultater for målgruppen',
  'Udfordringer og ændringer i planen',
].join('\n');

/** The headings, one a line, as the template's sections, each keyed by its heading (unique keys). */
export function reportSectionsOf(text: string): CreateGrantCall['reportSections'] {
  const used = new Set<string>();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((title) => {
      const base =
        title
          .toLowerCase()
          .replaceAll('æ', 'ae')
          .replaceAll('ø', 'oe')
          .replaceAll('å', 'aa')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 34) || 'afsnit';
      let key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
      return { key, title: title.slice(0, 200) };
    });
}

/** A weight as typed, or null when it is not a whole number within the API's bounds. */
export function parseWeight(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const weight = Number(text);
  return weight >= WEIGHT_MIN && weight <= WEIGHT_MAX ? weight : null;
}

/**
 * The weights as reviewers' scores will count them: the sum of the valid weights, and each
 * criterion's share of the weighted score in whole per cent (null for a weight that is not valid).
 */
export function weightShares(criteria: readonly CriterionDraft[]): {
  total: number;
  shares: (number | null)[];
} {
  const weights = criteria.map((criterion) => parseWeight(criterion.weight));
  const total = weights.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
  return {
    total,
    shares: weights.map((weight) =>
      weight === null || total === 0 ? null : Math.round((weight * 100) / total),
    ),
  };
}

/** The ISO time (with offset) of a datetime-local value in the browser's time zone, or null. */
export function isoOf(local: string): string | null {
  if (!local) return null;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

function criteriaErrors(criteria: readonly CriterionDraft[], t: Translate, complete: boolean) {
  const errors: Record<string, string> = {};
  if (criteria.length === 0)
    errors['/criteria'] = t('Tilføj mindst ét kriterium.', 'Add at least one criterion.');
  if (criteria.length > MAX_CRITERIA)
    errors['/criteria'] = t(`Højst ${MAX_CRITERIA} kriterier.`, `At most ${MAX_CRITERIA} criteria.`);
  criteria.forEach((criterion, index) => {
    if (criterion.weight.trim() && parseWeight(criterion.weight) === null)
      errors[`/criteria/${index}/weight`] = t(
        `Skal være et helt tal fra ${WEIGHT_MIN} til ${WEIGHT_MAX}.`,
        `Must be a whole number from ${WEIGHT_MIN} to ${WEIGHT_MAX}.`,
      );
    if (complete && !criterion.weight.trim())
      errors[`/criteria/${index}/weight`] = t('Skal udfyldes.', 'Required.');
    if (complete && !criterion.name.trim())
      errors[`/criteria/${index}/name`] = t('Skal udfyldes.', 'Required.');
  });
  return errors;
}

function requiredErrors(draft: CallDraft, t: Translate): Record<string, string> {
  const required = t('Skal udfyldes.', 'Required.');
  const errors: Record<string, string> = {};
  if (!draft.funder) errors['/funderOrganisationId'] = t('Vælg en fond.', 'Choose a foundation.');
  if (draft.title.trim().length < 3) errors['/title'] = t('Mindst 3 tegn.', 'At least 3 characters.');
  if (!draft.budget.trim()) errors['/budgetOre'] = required;
  if (!draft.opensAt) errors['/opensAt'] = required;
  if (!draft.closesAt) errors['/closesAt'] = required;
  if (draft.types.length === 0)
    errors['/eligibleOrganisationTypes'] = t('Vælg mindst én type.', 'Choose at least one type.');
  if (reportSectionsOf(draft.reportSections ?? DEFAULT_REPORT_SECTIONS_DA).length === 0)
    errors['/reportSections'] = t('Skriv mindst ét afsnit.', 'Write at least one section.');
  return errors;
}

/**
 * What the form checks itself, by the JSON pointer the service would name: bad amounts, weights and
 * times at once; missing fields only once the officer tries to send (complete).
 */
export function checkCall(
  draft: CallDraft,
  t: Translate,
  complete: boolean,
  now = Date.now(),
): Record<string, string> {
  const errors: Record<string, string> = complete ? requiredErrors(draft, t) : {};
  const budget = amountError(draft.budget, t);
  if (budget) errors['/budgetOre'] = budget;
  const opens = isoOf(draft.opensAt);
  const closes = isoOf(draft.closesAt);
  if (closes && Date.parse(closes) <= now)
    errors['/closesAt'] = t('Skal ligge i fremtiden.', 'Must be in the future.');
  else if (opens && closes && closes <= opens)
    errors['/closesAt'] = t('Skal ligge efter åbningen.', 'Must be after the call opens.');
  return { ...errors, ...criteriaErrors(draft.criteria, t, complete) };
}

/** The createGrantCall body (call only when checkCall finds nothing). */
export function callBody(draft: CallDraft): CreateGrantCall {
  return {
    funderOrganisationId: draft.funder,
    title: draft.title.trim(),
    description: draft.description.trim(),
    budgetOre: parseKroner(draft.budget) ?? 0,
    opensAt: isoOf(draft.opensAt) ?? '',
    closesAt: isoOf(draft.closesAt) ?? '',
    eligibleOrganisationTypes: draft.types,
    criteria: draft.criteria.map((criterion) => ({
      name: criterion.name.trim(),
      description: criterion.description.trim(),
      weight: parseWeight(criterion.weight) ?? 0,
    })),
    reportSections: reportSectionsOf(draft.reportSections ?? DEFAULT_REPORT_SECTIONS_DA),
  };
}
