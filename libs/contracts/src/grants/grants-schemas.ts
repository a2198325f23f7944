import { z } from 'zod';
import { organisationTypeSchema } from '../shared-schemas.js';

/**
 * Money is DKK in integer øre. JSON carries it as a safe integer (up to 90 trillion kroner),
 * which every consumer can read without a big-number library; a decimal or negative amount is refused.
 */
export const amountOreSchema = z
  .number({ error: 'an amount in øre (a whole number)' })
  .int('an amount in øre has no decimals')
  .nonnegative('an amount cannot be below zero')
  .max(Number.MAX_SAFE_INTEGER);

/** A strictly positive amount in øre. */
export const positiveAmountOreSchema = z
  .number({ error: 'an amount in øre (a whole number)' })
  .int('an amount in øre has no decimals')
  .positive('an amount must be above zero')
  .max(Number.MAX_SAFE_INTEGER);

export const GRANT_CALL_STATUSES = ['scheduled', 'open', 'closed'] as const;
export const grantCallStatusSchema = z.enum(GRANT_CALL_STATUSES);
export type GrantCallStatus = z.infer<typeof grantCallStatusSchema>;

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'under-review',
  'awarded',
  'rejected',
  'withdrawn',
] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const TRANCHE_STATUSES = ['pending', 'eligible', 'paid'] as const;
export const trancheStatusSchema = z.enum(TRANCHE_STATUSES);
export type TrancheStatus = z.infer<typeof trancheStatusSchema>;

/** An award is pending until every co-funder confirms its share; declined when one declines. */
export const AWARD_STATUSES = ['pending', 'awarded', 'declined'] as const;
export const awardStatusSchema = z.enum(AWARD_STATUSES);
export type AwardStatus = z.infer<typeof awardStatusSchema>;

/** The call's own foundation's share is confirmed by the award itself; co-funders confirm theirs. */
export const AWARD_SHARE_STATUSES = ['pending', 'confirmed', 'declined'] as const;
export const awardShareStatusSchema = z.enum(AWARD_SHARE_STATUSES);
export type AwardShareStatus = z.infer<typeof awardShareStatusSchema>;

/** A reporting period label as measurement names it: 2026, 2026-Q2 or 2026-03. */
export const conditionPeriodSchema = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'like 2026, 2026-Q2 or 2026-03');

/** One funder's part of an award. */
export const awardShareSchema = z.object({
  funderOrganisationId: z.uuid(),
  amountOre: positiveAmountOreSchema,
});

/** The grantee must report this indicator for this period and have it approved. */
export const reportingConditionSchema = z.object({
  conditionId: z.uuid(),
  indicatorCode: z.string().min(1).max(60),
  period: conditionPeriodSchema,
});

export const eligibleOrganisationTypesSchema = z.array(organisationTypeSchema).min(1);
