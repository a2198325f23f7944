import { z } from 'zod';
import { positiveAmountOreSchema } from './grants-schemas.js';

/**
 * What every award-share event carries: which award, whose share of it, and who proposed it. A
 * share of a co-funder's money is only spent once that co-funder's officer confirms it. Ids only.
 */
export const awardShareEventSchema = z.object({
  awardId: z.uuid(),
  applicationId: z.uuid(),
  callId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  /** The call's foundation, which proposed the award. */
  awardingOrganisationId: z.uuid(),
  /** The co-funder whose share this is. */
  funderOrganisationId: z.uuid(),
  amountOre: positiveAmountOreSchema,
  /** The whole award. */
  awardAmountOre: positiveAmountOreSchema,
  title: z.string(),
});
