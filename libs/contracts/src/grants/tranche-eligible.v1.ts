import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { trancheCauseSchema, trancheEventSchema } from './tranche-events.js';
import { tranchePaymentSchema } from './tranche-payment-parties.js';

export const trancheEligibleV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.tranche.eligible.v1',
  description:
    'Every reporting condition of a tranche is met by an approved submission; the funders may now pay it (not before its earliest date).',
  public: true,
  schema: trancheEventSchema.extend({
    eligibleAt: z.iso.datetime({ offset: true }),
    fulfilledBy: z.array(trancheCauseSchema),
    /** For the funders' ERP (the public tranche.eligible); absent on events recorded before it was added. */
    payment: tranchePaymentSchema.optional(),
  }),
});

export type TrancheEligibleV1 = z.infer<typeof trancheEligibleV1.schema>;
