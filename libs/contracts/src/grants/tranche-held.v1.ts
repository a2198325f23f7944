import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { trancheCauseSchema, trancheEventSchema } from './tranche-events.js';

export const trancheHeldV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.tranche.held.v1',
  description:
    'An eligible tranche is held again before payment because a newer version of a submission it relied on was returned.',
  public: true,
  schema: trancheEventSchema.extend({
    heldAt: z.iso.datetime({ offset: true }),
    returned: trancheCauseSchema,
  }),
});

export type TrancheHeldV1 = z.infer<typeof trancheHeldV1.schema>;
