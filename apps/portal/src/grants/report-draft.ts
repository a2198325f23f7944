import {
  needsExplanation,
  type GrantReportKind,
  type GrantReportsDto,
  type SubmitGrantReport,
} from '@samvirke/contracts';
import type { Errors } from '../components/fields.js';
import type { I18n } from '../i18n/i18n.js';
import { parseKroner } from './money.js';

/** A report as the grantee types it: texts per section key, kroner and explanations per budget line. */
export interface ReportDraft {
  readonly kind: GrantReportKind;
  readonly trancheId: string;
  readonly sections: Readonly<Record<string, string>>;
  readonly actuals: readonly string[];
  readonly explanations: readonly string[];
}

export const emptyReportDraft = (): ReportDraft => ({
  kind: 'progress',
  trancheId: '',
  sections: {},
  actuals: [],
  explanations: [],
});

/**
 * The report to send, or the messages by JSON pointer (as the service names them) of what is
 * missing: every section written, every actual an amount, an explanation where the actual strays
 * from the budget by more than a tenth.
 */
export function reportCommand(
  draft: ReportDraft,
  { template, budgetLines }: Pick<GrantReportsDto, 'template' | 'budgetLines'>,
  { t }: Pick<I18n, 't'>,
): { command: SubmitGrantReport | null; errors: Errors } {
  const errors: Record<string, string> = {};
  for (const section of template)
    if (!(draft.sections[section.key] ?? '').trim())
      errors[`/sections/${section.key}`] = t('Skriv dette afsnit.', 'Write this section.');
  const financialLines = budgetLines.map((line, index) => {
    const actualOre = parseKroner(draft.actuals[index] ?? '');
    const explanation = (draft.explanations[index] ?? '').trim();
    if (actualOre === null || Number.isNaN(actualOre) || actualOre < 0)
      errors[`/financialLines/${index}/actualOre`] = t(
        'Skriv det faktiske forbrug i kroner.',
        'Enter the actual spending in kroner.',
      );
    else if (needsExplanation(line.amountOre, actualOre) && !explanation)
      errors[`/financialLines/${index}/explanation`] = t(
        'Afviger mere end 10 % fra budgettet: forklar hvorfor.',
        'Differs from the budget by more than 10 %: explain why.',
      );
    return { category: line.category, actualOre: actualOre ?? 0, explanation };
  });
  if (Object.keys(errors).length) return { command: null, errors };
  const sections = Object.fromEntries(
    template.map((section) => [section.key, (draft.sections[section.key] ?? '').trim()]),
  );
  return {
    command: { kind: draft.kind, trancheId: draft.trancheId || null, sections, financialLines },
    errors,
  };
}
