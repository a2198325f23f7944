import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { positiveAmountOreSchema } from '../grants/grants-schemas.js';
import { tranchePartSchema } from '../grants/tranche-payment-parties.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { cvrSchema } from '../shared-schemas.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';

/**
 * A tranche may now be paid: for the funders' ERP, each funder's part with its CVR, the grantee's
 * CVR and the due date as a Danish bank day. Organisations only; the tranche's free-text title
 * stays out.
 */
export const publicTrancheEligibleV1 = defineEvent({
  type: 'dk.samvirke.public.tranche.eligible.v1',
  topic: PUBLIC_TOPICS.grants,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description:
    "A tranche of an award became payable: each funder's part (organisation, CVR, øre), the grantee with its CVR and the due date (a Danish bank day). Public stream.",
  public: true,
  schema: z.object({
    trancheId: z.uuid(),
    awardId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    granteeCvr: cvrSchema.nullable(),
    amountOre: positiveAmountOreSchema,
    funders: z.array(tranchePartSchema).min(1),
    earliestDate: isoDateSchema,
    dueDate: isoDateSchema,
    eligibleAt: z.iso.datetime({ offset: true }),
  }),
});

export type PublicTrancheEligibleV1 = z.infer<typeof publicTrancheEligibleV1.schema>;
