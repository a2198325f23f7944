import { z } from 'zod';
import { amountOreSchema } from './grants-schemas.js';

/** A progress report during the grant, a final report at its end. */
export const GRANT_REPORT_KINDS = ['progress', 'final'] as const;
export const grantReportKindSchema = z.enum(GRANT_REPORT_KINDS);
export type GrantReportKind = z.infer<typeof grantReportKindSchema>;

/** Submitted reports wait for the call's foundation, which approves them or returns them with comments. */
export const GRANT_REPORT_STATUSES = ['submitted', 'approved', 'returned'] as const;
export const grantReportStatusSchema = z.enum(GRANT_REPORT_STATUSES);
export type GrantReportStatus = z.infer<typeof grantReportStatusSchema>;

/** A section of a call's narrative report template: a key the answers are filed under, and its heading. */
export const reportSectionSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and hyphens'),
    title: z.string().trim().min(1).max(200),
  })
  .strict();
export type ReportSection = z.infer<typeof reportSectionSchema>;

/** The sections a call's reports have when its foundation names none. */
export const DEFAULT_REPORT_SECTIONS: readonly ReportSection[] = [
  { key: 'progress', title: 'Progress and activities' },
  { key: 'results', title: 'Results for the target group' },
  { key: 'challenges', title: 'Challenges and changes to the plan' },
];

/** An actual that differs from its budget by more than a tenth needs the grantee's explanation. */
export function needsExplanation(budgetOre: number, actualOre: number): boolean {
  return Math.abs(actualOre - budgetOre) * 10 > budgetOre;
}

/**
 * A budget line of the award's application with what was spent. Where the actual differs from the
 * budget by more than a tenth, the grantee explains why.
 */
export const financialLineSchema = z
  .object({
    category: z.string().trim().min(1).max(200),
    actualOre: amountOreSchema,
    explanation: z.string().trim().max(2_000).default(''),
  })
  .strict();

export const submitGrantReportSchema = z
  .object({
    kind: grantReportKindSchema,
    /** The tranche the report comes before (a tranche may wait for it); none for a report on its own. */
    trancheId: z.uuid().nullable().default(null),
    /** The narrative: text per section key of the call's template, every section answered. */
    sections: z.record(z.string(), z.string().trim().min(1).max(20_000)),
    /** The financial report: one line per budget line of the application. */
    financialLines: z.array(financialLineSchema).max(100),
  })
  .strict();
export type SubmitGrantReport = z.infer<typeof submitGrantReportSchema>;

export const returnGrantReportSchema = z.object({ comment: z.string().trim().min(1).max(5_000) }).strict();
export type ReturnGrantReport = z.infer<typeof returnGrantReportSchema>;

export const grantReportSchema = z.object({
  id: z.uuid(),
  awardId: z.uuid(),
  kind: grantReportKindSchema,
  trancheId: z.uuid().nullable(),
  /** 1 for the first submission of this kind for this tranche; a report returned is followed by the next. */
  version: z.number().int().positive(),
  status: grantReportStatusSchema,
  sections: z.array(reportSectionSchema.extend({ text: z.string() })),
  financialLines: z.array(
    z.object({
      category: z.string(),
      budgetOre: amountOreSchema,
      actualOre: amountOreSchema,
      /** actual − budget, in øre (negative when underspent). */
      varianceOre: z.number().int(),
      explanation: z.string(),
    }),
  ),
  submittedAt: z.iso.datetime({ offset: true }),
  submittedBy: z.string(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  decidedBy: z.string().nullable(),
  comment: z.string().nullable(),
});
export type GrantReportDto = z.infer<typeof grantReportSchema>;

/** An award's reports, newest first, with the template and the budget lines a new one answers. */
export const grantReportsSchema = z.object({
  template: z.array(reportSectionSchema),
  budgetLines: z.array(z.object({ category: z.string(), amountOre: amountOreSchema })),
  reports: z.array(grantReportSchema),
});
export type GrantReportsDto = z.infer<typeof grantReportsSchema>;
