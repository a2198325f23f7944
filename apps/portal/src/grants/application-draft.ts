import type { ApplicationDto, FormAnswers } from '@samvirke/contracts';
import type { Translate } from '../reporting/form-model.js';
import { kronerInput, parseKroner } from './money.js';

/** A draft application as the applicant types it: amounts as typed, in kroner. */
export interface Draft {
  title: string;
  description: string;
  amount: string;
  lines: { category: string; amount: string }[];
  goalIds: string[];
  /** Answers to the call's own questions by key (those of its current form only). */
  answers: FormAnswers;
}

export function draftOf(
  application: ApplicationDto,
  language: 'da' | 'en',
  keys: readonly string[] = [],
): Draft {
  const kroner = (ore: number): string => kronerInput(ore, language);
  return {
    title: application.title,
    description: application.description,
    amount: application.requestedAmountOre === null ? '' : kroner(application.requestedAmountOre),
    lines: application.budgetLines.map((line) => ({
      category: line.category,
      amount: kroner(line.amountOre),
    })),
    goalIds: application.goalIds,
    answers: Object.fromEntries(Object.entries(application.answers).filter(([key]) => keys.includes(key))),
  };
}

/** The PATCH body: only amounts that are amounts, only budget lines with a category and an amount. */
export function draftBody(draft: Draft): Record<string, unknown> {
  const amount = parseKroner(draft.amount);
  return {
    title: draft.title,
    description: draft.description,
    ...(amount !== null && !Number.isNaN(amount) && amount > 0 ? { requestedAmountOre: amount } : {}),
    budgetLines: draft.lines
      .map((line) => ({ category: line.category.trim(), amountOre: parseKroner(line.amount) }))
      .filter(
        (line) =>
          line.category && line.amountOre !== null && !Number.isNaN(line.amountOre) && line.amountOre > 0,
      ),
    goalIds: draft.goalIds,
    ...(Object.keys(draft.answers).length > 0 ? { answers: draft.answers } : {}),
  };
}

/** What the form checks itself as the applicant types, before the service has a say. */
export interface DraftCheck {
  /** Messages by JSON pointer of the field, like the service's field errors. */
  readonly errors: Record<string, string>;
  /** The budget lines' sum in øre, counting what reads as an amount. */
  readonly total: number;
  readonly requestedOre: number | null;
  /** The budget lines do not add up to the amount requested. */
  readonly budgetMismatch: boolean;
}

export function checkDraft(draft: Draft, t: Translate): DraftCheck {
  const amountError = (raw: string): string | null => {
    const ore = parseKroner(raw);
    if (ore === null) return null;
    return Number.isNaN(ore) || ore <= 0
      ? t('Skriv et beløb i kroner, fx 250.000.', 'Enter an amount in kroner, e.g. 250,000.')
      : null;
  };
  const errors: Record<string, string> = {};
  const requested = amountError(draft.amount);
  if (requested) errors['/requestedAmountOre'] = requested;
  draft.lines.forEach((line, index) => {
    const error = amountError(line.amount);
    if (error) errors[`/budgetLines/${index}/amountOre`] = error;
  });
  const total = draft.lines.reduce((sum, line) => {
    const ore = parseKroner(line.amount);
    return sum + (ore !== null && !Number.isNaN(ore) ? ore : 0);
  }, 0);
  const requestedOre = parseKroner(draft.amount);
  const budgetMismatch =
    draft.lines.length > 0 && requestedOre !== null && !Number.isNaN(requestedOre) && total !== requestedOre;
  return { errors, total, requestedOre, budgetMismatch };
}
