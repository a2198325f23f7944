import { z } from 'zod';
import { amountOreSchema } from './grants-schemas.js';

/** What every amendment event carries: the award, its parties and the amendment. Ids only. */
export const amendmentEventSchema = z.object({
  amendmentId: z.uuid(),
  awardId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  awardingOrganisationId: z.uuid(),
  title: z.string(),
  /** The award's amount before and after the amendment. */
  amountBeforeOre: amountOreSchema,
  amountAfterOre: amountOreSchema,
  /** The co-funders whose share changes: each must approve. */
  approverOrganisationIds: z.array(z.uuid()),
});
