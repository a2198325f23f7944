import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { positiveAmountOreSchema } from '../grants/grants-schemas.js';
import {
  leadTrancheSchema,
  granteePaymentSchema,
  tranchePartSchema,
} from '../grants/tranche-payment-parties.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';

/**
 * A tranche may now be paid, to each grantee: v1 names only the lead applicant, so for a joint
 * application's award an ERP reading v1 would pay the lead everything. v2 names every grantee with
 * its CVR, its part in øre and what each funder pays it; v1 is still published beside it until no
 * consumer needs it.
 */
export const publicTrancheEligibleV2 = defineEvent({
  type: 'dk.samvirke.public.tranche.eligible.v2',
  topic: PUBLIC_TOPICS.grants,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description:
    "A tranche of an award became payable: each grantee (the lead applicant and a joint application's partners) with its CVR, its part in øre and what each funder pays it; each funder's part with its CVR; the due date (a Danish bank day). Public stream.",
  public: true,
  schema: leadTrancheSchema.extend({
    amountOre: positiveAmountOreSchema,
    funders: z.array(tranchePartSchema).min(1),
    /** Every grantee's part; the parts sum to amountOre, and each grantee's funders to its part. */
    grantees: z.array(granteePaymentSchema).min(1),
    earliestDate: isoDateSchema,
    dueDate: isoDateSchema,
    eligibleAt: z.iso.datetime({ offset: true }),
  }),
});

export type PublicTrancheEligibleV2 = z.infer<typeof publicTrancheEligibleV2.schema>;
