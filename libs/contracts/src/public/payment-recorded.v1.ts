import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { positiveAmountOreSchema } from '../grants/grants-schemas.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { cvrSchema } from '../shared-schemas.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';

/**
 * A funder recorded the payment of its part of a tranche. The payment reference stays out: it is
 * free text typed by a person, and the funder's ERP made the payment and knows it.
 */
export const publicPaymentRecordedV1 = defineEvent({
  type: 'dk.samvirke.public.payment.recorded.v1',
  topic: PUBLIC_TOPICS.grants,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description:
    "A funder recorded its part of a tranche as paid: funder and grantee with their CVR, the part's amount in øre, the bank-day due date it was paid against. Public stream.",
  public: true,
  schema: z.object({
    trancheId: z.uuid(),
    awardId: z.uuid(),
    programmeId: z.uuid(),
    funderOrganisationId: z.uuid(),
    funderCvr: cvrSchema.nullable(),
    granteeOrganisationId: z.uuid(),
    granteeCvr: cvrSchema.nullable(),
    amountOre: positiveAmountOreSchema,
    dueDate: isoDateSchema,
    paidAt: z.iso.datetime({ offset: true }),
    tranchePaid: z.boolean(),
  }),
});

export type PublicPaymentRecordedV1 = z.infer<typeof publicPaymentRecordedV1.schema>;
