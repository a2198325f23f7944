import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { awardShareEventSchema } from './award-share-events.js';

export const awardShareDeclinedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-share.declined.v1',
  description:
    "A co-funder's officer declined its share of a pending award: the award is not made, every share is released, and the application is open for a new award decision.",
  public: false,
  schema: awardShareEventSchema.extend({
    declinedAt: z.iso.datetime({ offset: true }),
    reason: z.string().min(1).max(1000),
  }),
});

export type AwardShareDeclinedV1 = z.infer<typeof awardShareDeclinedV1.schema>;
