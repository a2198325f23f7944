import {
  needsExplanation,
  type AwardDto,
  type GrantReportDto,
  type ProblemFieldError,
  type ReportSection,
  type SubmitGrantReport,
} from '@samvirke/contracts';
import type { Principal } from '@samvirke/auth';
import { DomainError } from '@samvirke/platform';
import { isAdmin } from '../access/access.rules.js';

export interface BudgetLine {
  readonly category: string;
  readonly amountOre: number;
}

/**
 * What is wrong with a report, every field named: each section of the call's template answered and
 * no other; each budget line of the application reported once and no other, explained where it
 * strays; a tranche of this award, and one that waits for a report of this kind.
 */
export function reportErrors(
  command: SubmitGrantReport,
  template: readonly ReportSection[],
  budget: readonly BudgetLine[],
  award: AwardDto,
): ProblemFieldError[] {
  const errors: ProblemFieldError[] = [];
  const keys = new Set(template.map((section) => section.key));
  for (const key of Object.keys(command.sections))
    if (!keys.has(key))
      errors.push({ pointer: `/sections/${key}`, detail: 'is not a section of the template' });
  for (const section of template)
    if (!command.sections[section.key])
      errors.push({ pointer: `/sections/${section.key}`, detail: `"${section.title}" is not answered` });
  const budgetOf = new Map(budget.map((line) => [line.category, line.amountOre]));
  const seen = new Set<string>();
  command.financialLines.forEach((line, index) => {
    const pointer = `/financialLines/${index}`;
    const budgetOre = budgetOf.get(line.category);
    if (budgetOre === undefined || seen.has(line.category)) {
      errors.push({
        pointer: `${pointer}/category`,
        detail: budgetOre === undefined ? 'is not a budget line of the application' : 'appears twice',
      });
      return;
    }
    seen.add(line.category);
    if (needsExplanation(budgetOre, line.actualOre) && !line.explanation)
      errors.push({
        pointer: `${pointer}/explanation`,
        detail: `the actual ${line.actualOre} øre differs from the budget ${budgetOre} øre by more than 10 %: explain why`,
      });
  });
  const missing = budget.filter((line) => !seen.has(line.category)).map((line) => line.category);
  if (missing.length)
    errors.push({ pointer: '/financialLines', detail: `no actual for ${missing.join(', ')}` });
  if (command.trancheId !== null && !award.tranches.some((t) => t.id === command.trancheId))
    errors.push({ pointer: '/trancheId', detail: 'is not a tranche of this award' });
  return errors;
}

/** The funder who decides on reports is the call's foundation, which made the award: its officers only. */
export function requireDecider(
  principal: Principal,
  funderOrganisations: readonly string[],
  award: AwardDto,
): void {
  if (isAdmin(principal) || !funderOrganisations.includes(award.awardingOrganisationId))
    throw new DomainError('forbidden', "Only the call's foundation decides on the grantee's reports.");
}

/**
 * A new version may be submitted only when the report's latest version was returned (or there is
 * none): not while one waits for a decision, nor after one was approved.
 */
export function requireOpenForSubmission(latest: GrantReportDto | undefined): void {
  if (latest && latest.status !== 'returned')
    throw new DomainError(
      'conflict',
      `Version ${latest.version} of this report is ${latest.status}: a new version follows only a returned one.`,
    );
}

/** Only the latest version of a report, while it is submitted, is decided on. */
export function requireUndecided(report: GrantReportDto, latestVersion: number): void {
  if (report.status !== 'submitted' || report.version !== latestVersion)
    throw new DomainError(
      'conflict',
      `Version ${report.version} of this report is ${report.status === 'submitted' ? 'not the latest' : report.status}: there is nothing to decide.`,
    );
}

/** The financial lines as stored: each budget line's budget, actual and variance. */
export function financialLines(
  command: SubmitGrantReport,
  budget: readonly BudgetLine[],
): GrantReportDto['financialLines'] {
  const actualOf = new Map(command.financialLines.map((line) => [line.category, line]));
  return budget.map(({ category, amountOre }) => {
    const line = actualOf.get(category);
    const actualOre = line?.actualOre ?? 0;
    return {
      category,
      budgetOre: amountOre,
      actualOre,
      varianceOre: actualOre - amountOre,
      explanation: line?.explanation ?? '',
    };
  });
}

/** The narrative as stored: the template's sections in order, each with its text. */
export function narrative(
  command: SubmitGrantReport,
  template: readonly ReportSection[],
): GrantReportDto['sections'] {
  return template.map((section) => ({ ...section, text: command.sections[section.key] ?? '' }));
}
