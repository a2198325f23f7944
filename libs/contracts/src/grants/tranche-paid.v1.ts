import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { trancheEventSchema } from './tranche-events.js';

export const tranchePaidV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.tranche.paid.v1',
  description: 'A funder recorded an eligible tranche as paid, with its payment reference.',
  public: true,
  schema: trancheEventSchema.extend({
    paidAt: z.iso.datetime({ offset: true }),
    paymentReference: z.string().min(1).max(100),
  }),
});

export type TranchePaidV1 = z.infer<typeof tranchePaidV1.schema>;
