import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { positiveAmountOreSchema } from '../grants/grants-schemas.js';
import { leadTrancheSchema, granteeAmountSchema } from '../grants/tranche-payment-parties.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { cvrSchema } from '../shared-schemas.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';

/**
 * A funder recorded the payment of its part of a tranche, to each grantee: v1 names only the lead
 * applicant; v2 names every grantee of a joint application's award with its CVR and the amount of
 * this funder's part it received. The payment reference stays out (free text typed by a person).
 */
export const publicPaymentRecordedV2 = defineEvent({
  type: 'dk.samvirke.public.payment.recorded.v2',
  topic: PUBLIC_TOPICS.grants,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description:
    "A funder recorded its part of a tranche as paid: the funder with its CVR, the part's amount in øre split between the grantees (the lead applicant and a joint application's partners, each with its CVR), the bank-day due date it was paid against. Public stream.",
  public: true,
  schema: leadTrancheSchema.extend({
    funderOrganisationId: z.uuid(),
    funderCvr: cvrSchema.nullable(),
    amountOre: positiveAmountOreSchema,
    /** Whom the part paid; the grantees' amounts sum to amountOre. */
    grantees: z.array(granteeAmountSchema).min(1),
    dueDate: isoDateSchema,
    paidAt: z.iso.datetime({ offset: true }),
    tranchePaid: z.boolean(),
  }),
});

export type PublicPaymentRecordedV2 = z.infer<typeof publicPaymentRecordedV2.schema>;
