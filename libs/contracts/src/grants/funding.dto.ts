import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { amountOreSchema, positiveAmountOreSchema } from './grants-schemas.js';

export const commitFundingSchema = z
  .object({
    funderOrganisationId: z.uuid(),
    amountOre: positiveAmountOreSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
  })
  .strict()
  .refine((commitment) => commitment.periodEnd >= commitment.periodStart, {
    path: ['periodEnd'],
    message: 'must not be before periodStart',
  });
export type CommitFunding = z.infer<typeof commitFundingSchema>;

export const fundingCommitmentSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  funderOrganisationId: z.uuid(),
  amountOre: amountOreSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  committedAt: z.iso.datetime({ offset: true }),
});
export type FundingCommitmentDto = z.infer<typeof fundingCommitmentSchema>;

const fundingFiguresSchema = z.object({
  committedOre: amountOreSchema,
  awardedOre: amountOreSchema,
  paidOre: amountOreSchema,
  remainingOre: amountOreSchema,
});

/** Per funder: committed, awarded (shares of awards), paid (shares of paid tranches), remaining (committed − awarded). */
export const fundingOverviewSchema = z.object({
  programmeId: z.uuid(),
  funders: z.array(
    fundingFiguresSchema.extend({
      funderOrganisationId: z.uuid(),
      funderName: z.string().nullable(),
      commitments: z.array(fundingCommitmentSchema),
    }),
  ),
  total: fundingFiguresSchema,
});
export type FundingOverviewDto = z.infer<typeof fundingOverviewSchema>;
