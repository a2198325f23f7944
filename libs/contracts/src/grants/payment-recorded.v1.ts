import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { cvrSchema } from '../shared-schemas.js';
import { positiveAmountOreSchema } from './grants-schemas.js';
import { granteeAmountSchema } from './tranche-payment-parties.js';

/**
 * One funder recorded the payment of its part of an eligible tranche (tranche.paid follows when
 * every part is paid). Carries what a bookkeeping system needs; the public payment.recorded is made
 * from it without the reference, which is free text.
 */
export const paymentRecordedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.payment.recorded.v1',
  description:
    "A funder recorded the payment of its part of an eligible tranche: funder and grantee with their CVR, the part's amount in øre and the bank-day due date.",
  public: false,
  schema: z.object({
    trancheId: z.uuid(),
    awardId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    granteeCvr: cvrSchema.nullable(),
    funderOrganisationId: z.uuid(),
    funderCvr: cvrSchema.nullable(),
    amountOre: positiveAmountOreSchema,
    dueDate: isoDateSchema,
    paidAt: z.iso.datetime({ offset: true }),
    paymentReference: z.string().min(1).max(100),
    /** Whether this was the last unpaid part, so the tranche is now paid. */
    tranchePaid: z.boolean(),
    /**
     * Whom this funder's part pays: each grantee (the lead, and a joint application's partners) with
     * its CVR and amount, summing to amountOre. Absent on events recorded before it was added.
     */
    grantees: z.array(granteeAmountSchema).min(1).optional(),
  }),
});

export type PaymentRecordedV1 = z.infer<typeof paymentRecordedV1.schema>;
