import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { awardShareSchema, positiveAmountOreSchema, reportingConditionSchema } from './grants-schemas.js';

export const grantAwardedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant.awarded.v1',
  description:
    'An application was awarded: the amount, how it is split across co-funders, the reporting conditions and the disbursement tranches.',
  public: true,
  schema: z.object({
    awardId: z.uuid(),
    applicationId: z.uuid(),
    callId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    title: z.string(),
    amountOre: positiveAmountOreSchema,
    shares: z.array(awardShareSchema).min(1),
    conditions: z.array(reportingConditionSchema),
    tranches: z
      .array(
        z.object({
          trancheId: z.uuid(),
          amountOre: positiveAmountOreSchema,
          earliestDate: isoDateSchema,
          conditionIds: z.array(z.uuid()),
        }),
      )
      .min(1),
    awardedAt: z.iso.datetime({ offset: true }),
  }),
});

export type GrantAwardedV1 = z.infer<typeof grantAwardedV1.schema>;
