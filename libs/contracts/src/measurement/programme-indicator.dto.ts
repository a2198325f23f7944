import { z } from 'zod';
import { measuredNumberSchema } from './indicator-units.js';

export const REPORTING_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export const reportingFrequencySchema = z.enum(REPORTING_FREQUENCIES);
export type ReportingFrequency = z.infer<typeof reportingFrequencySchema>;

const PERIOD_PATTERNS: Record<ReportingFrequency, RegExp> = {
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  annual: /^\d{4}$/,
};

/** Period labels: 2026-03 (monthly), 2026-Q2 (quarterly), 2026 (annual). */
export function isPeriodOf(frequency: ReportingFrequency, period: string): boolean {
  return PERIOD_PATTERNS[frequency].test(period);
}

export const periodLabelSchema = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'like 2026, 2026-Q2 or 2026-03');

const periodValue = z.object({ period: periodLabelSchema, value: measuredNumberSchema }).strict();

/**
 * Results-Based Accountability: a population indicator is about the whole target group (e.g. every
 * young person in the municipality); a performance measure is about the programme's own activities.
 */
export const RBA_KINDS = ['population', 'performance'] as const;
export const rbaKindSchema = z.enum(RBA_KINDS);
export type RbaKind = z.infer<typeof rbaKindSchema>;

/** The three questions of a performance measure: how much did we do, how well, is anyone better off. */
export const PERFORMANCE_QUESTIONS = ['how-much', 'how-well', 'better-off'] as const;
export const performanceQuestionSchema = z.enum(PERFORMANCE_QUESTIONS);
export type PerformanceQuestion = z.infer<typeof performanceQuestionSchema>;

/** The direction of a good trend; null follows the library indicator's polarity. */
export const GOOD_DIRECTIONS = ['up', 'down'] as const;
export const goodDirectionSchema = z.enum(GOOD_DIRECTIONS);
export type GoodDirection = z.infer<typeof goodDirectionSchema>;

/** How a programme tracks one indicator of the library. */
export const configureProgrammeIndicatorSchema = z
  .object({
    frequency: reportingFrequencySchema,
    baseline: periodValue.nullable().default(null),
    targets: z
      .array(periodValue)
      .max(120)
      .default([])
      .refine(
        (targets) => new Set(targets.map((target) => target.period)).size === targets.length,
        'one target per period',
      ),
    required: z.boolean().default(true),
    /**
     * The programme's goals the indicator serves (ids of its common agenda's goals); left out, the
     * goals it served stay as they were.
     */
    goalIds: z.array(z.uuid()).max(50).optional(),
    /** Population indicator or performance measure; left out, stays as it was; null clears it. */
    rbaKind: rbaKindSchema.nullable().optional(),
    /** Only for a performance measure; left out, stays as it was; null clears it. */
    performanceQuestion: performanceQuestionSchema.nullable().optional(),
    /** The direction of a good trend; left out, stays as it was; null follows the polarity. */
    goodDirection: goodDirectionSchema.nullable().optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.performanceQuestion && value.rbaKind !== 'performance') {
      context.addIssue({
        code: 'custom',
        path: ['performanceQuestion'],
        message: 'only a performance measure (rbaKind "performance") answers one of the three questions',
      });
    }
    value.targets.forEach((target, index) => {
      if (!isPeriodOf(value.frequency, target.period)) {
        context.addIssue({
          code: 'custom',
          path: ['targets', index, 'period'],
          message: `not a ${value.frequency} period`,
        });
      }
    });
    if (value.baseline && !isPeriodOf(value.frequency, value.baseline.period)) {
      context.addIssue({
        code: 'custom',
        path: ['baseline', 'period'],
        message: `not a ${value.frequency} period`,
      });
    }
  });

export type ConfigureProgrammeIndicator = z.infer<typeof configureProgrammeIndicatorSchema>;

export const programmeIndicatorSchema = z.object({
  programmeId: z.uuid(),
  indicatorId: z.uuid(),
  code: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  frequency: reportingFrequencySchema,
  baseline: periodValue.nullable(),
  targets: z.array(periodValue),
  required: z.boolean(),
  /** The programme's goals the indicator serves. */
  goalIds: z.array(z.uuid()),
  rbaKind: rbaKindSchema.nullable(),
  performanceQuestion: performanceQuestionSchema.nullable(),
  /** As configured; null follows the library indicator's polarity. */
  goodDirection: goodDirectionSchema.nullable(),
});

export type ProgrammeIndicatorDto = z.infer<typeof programmeIndicatorSchema>;

export const openReportingPeriodSchema = z
  .object({ frequency: reportingFrequencySchema, period: periodLabelSchema, dueDate: z.iso.date() })
  .strict()
  .superRefine((value, context) => {
    if (!isPeriodOf(value.frequency, value.period)) {
      context.addIssue({ code: 'custom', path: ['period'], message: `not a ${value.frequency} period` });
    }
  });

export type OpenReportingPeriod = z.infer<typeof openReportingPeriodSchema>;

/** A later due date for an open period (it must lie after the current one). */
export const extendReportingDeadlineSchema = z.object({ dueDate: z.iso.date() }).strict();

export type ExtendReportingDeadline = z.infer<typeof extendReportingDeadlineSchema>;

export const reportingPeriodSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  frequency: reportingFrequencySchema,
  period: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'closed', 'locked']),
  openedAt: z.iso.datetime({ offset: true }),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
});

export type ReportingPeriodDto = z.infer<typeof reportingPeriodSchema>;

/** Why the backbone locks a period (optional) or reopens a locked one (required): kept in its history. */
const periodReasonSchema = z.string().trim().min(1).max(2000);

export const lockReportingPeriodSchema = z.object({ reason: periodReasonSchema.optional() }).strict();

export type LockReportingPeriod = z.infer<typeof lockReportingPeriodSchema>;

export const reopenLockedPeriodSchema = z.object({ reason: periodReasonSchema }).strict();

export type ReopenLockedPeriod = z.infer<typeof reopenLockedPeriodSchema>;

/** One change of a period's status as its history records it: who, when and why. */
export const reportingPeriodHistoryEntrySchema = z.object({
  action: z.enum(['closed', 'reopened', 'locked', 'unlocked']),
  reason: z.string().nullable(),
  by: z.string(),
  at: z.iso.datetime({ offset: true }),
});

export type ReportingPeriodHistoryEntry = z.infer<typeof reportingPeriodHistoryEntrySchema>;
