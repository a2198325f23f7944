import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { defineServiceEvent } from '../define-event.js';
import { positiveAmountOreSchema } from './grants-schemas.js';
import { refundKindSchema } from './award-amendment.dto.js';

export const awardRefundRecordedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-refund.recorded.v1',
  description:
    "A foundation recorded money of an award that came back to it: unspent funds refunded by the grantee or clawed back. The funder's awarded money is reduced by it, so its remaining commitment is restored.",
  public: false,
  schema: z.object({
    refundId: z.uuid(),
    awardId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    funderOrganisationId: z.uuid(),
    title: z.string(),
    kind: refundKindSchema,
    amountOre: positiveAmountOreSchema,
    receivedOn: isoDateSchema,
    reference: z.string(),
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});

export type AwardRefundRecordedV1 = z.infer<typeof awardRefundRecordedV1.schema>;
