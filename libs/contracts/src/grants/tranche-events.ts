import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { positiveAmountOreSchema } from './grants-schemas.js';

/** What every tranche event carries: whose money, to whom, how much, for which award. Ids only. */
export const trancheEventSchema = z.object({
  trancheId: z.uuid(),
  awardId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  funderOrganisationIds: z.array(z.uuid()).min(1),
  amountOre: positiveAmountOreSchema,
  title: z.string(),
  earliestDate: isoDateSchema,
});

/** The approved (or returned) submission version that decided the tranche's state. */
export const trancheCauseSchema = z.object({
  submissionId: z.uuid(),
  version: z.number().int().positive(),
  period: z.string(),
});
