import { z } from 'zod';

export const RULE_OPERATORS = ['<=', '<', '=', '>=', '>'] as const;

/** A rule between two indicators' totals in one submission, e.g. a part ≤ its whole. */
export const crossIndicatorRuleSchema = z
  .object({
    left: z.string().min(1).max(60),
    operator: z.enum(RULE_OPERATORS),
    right: z.string().min(1).max(60),
  })
  .strict()
  .refine((rule) => rule.left !== rule.right, {
    message: 'compares an indicator with itself',
    path: ['right'],
  });

export const measurementSettingsSchema = z
  .object({
    rules: z.array(crossIndicatorRuleSchema).max(100),
    /** Sensitive counts from 1 up to below this are shown as "<5" outside their organisation. */
    suppressBelow: z.number().int().min(1).max(100),
    /** Aggregates of sensitive counts over fewer organisations than this are suppressed. */
    minContributors: z.number().int().min(1).max(100),
  })
  .strict();

export type MeasurementSettings = z.infer<typeof measurementSettingsSchema>;

export const DEFAULT_MEASUREMENT_SETTINGS: MeasurementSettings = {
  rules: [],
  suppressBelow: 5,
  minContributors: 3,
};

/** Where approved figures break the programme's cross-indicator rules, across its whole history. */
export const validationReportSchema = z.object({
  programmeId: z.uuid(),
  rules: z.array(crossIndicatorRuleSchema),
  violations: z.array(
    z.object({
      period: z.string(),
      organisationId: z.uuid(),
      organisationName: z.string(),
      left: z.string(),
      operator: z.enum(RULE_OPERATORS),
      right: z.string(),
      leftValue: z.number(),
      rightValue: z.number(),
    }),
  ),
});

export type ValidationReportDto = z.infer<typeof validationReportSchema>;
