import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import {
  amountOreSchema,
  conditionPeriodSchema,
  positiveAmountOreSchema,
  trancheStatusSchema,
} from './grants-schemas.js';

export const awardGrantSchema = z
  .object({
    amountOre: positiveAmountOreSchema,
    title: z.string().trim().min(3).max(200).optional(),
    shares: z
      .array(z.object({ funderOrganisationId: z.uuid(), amountOre: positiveAmountOreSchema }).strict())
      .min(1)
      .max(20),
    /** Reporting conditions, named by a key the tranches refer to. */
    conditions: z
      .array(
        z
          .object({
            key: z.string().trim().min(1).max(40),
            indicatorCode: z.string().trim().min(1).max(60),
            period: conditionPeriodSchema,
          })
          .strict(),
      )
      .max(50)
      .default([]),
    tranches: z
      .array(
        z
          .object({
            amountOre: positiveAmountOreSchema,
            earliestDate: isoDateSchema,
            conditions: z.array(z.string()).max(50).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();
export type AwardGrant = z.infer<typeof awardGrantSchema>;

export const recordPaymentSchema = z.object({ paymentReference: z.string().trim().min(1).max(100) }).strict();
export type RecordPayment = z.infer<typeof recordPaymentSchema>;

export const trancheSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  amountOre: amountOreSchema,
  earliestDate: isoDateSchema,
  conditionIds: z.array(z.uuid()),
  status: trancheStatusSchema,
  eligibleAt: z.iso.datetime({ offset: true }).nullable(),
  paidAt: z.iso.datetime({ offset: true }).nullable(),
  paymentReference: z.string().nullable(),
  shares: z.array(z.object({ funderOrganisationId: z.uuid(), amountOre: amountOreSchema })),
});
export type TrancheDto = z.infer<typeof trancheSchema>;

export const awardSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  callId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  title: z.string(),
  amountOre: amountOreSchema,
  awardedAt: z.iso.datetime({ offset: true }),
  shares: z.array(z.object({ funderOrganisationId: z.uuid(), amountOre: amountOreSchema })),
  conditions: z.array(
    z.object({
      id: z.uuid(),
      key: z.string(),
      indicatorCode: z.string(),
      period: z.string(),
      fulfilled: z.boolean(),
    }),
  ),
  tranches: z.array(trancheSchema),
});
export type AwardDto = z.infer<typeof awardSchema>;
