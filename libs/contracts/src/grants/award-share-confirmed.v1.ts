import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { awardShareEventSchema } from './award-share-events.js';

export const awardShareConfirmedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-share.confirmed.v1',
  description:
    "A co-funder's officer confirmed its share of a pending award. When every share is confirmed the award is made (grant.awarded follows in the same transaction).",
  public: false,
  schema: awardShareEventSchema.extend({
    confirmedAt: z.iso.datetime({ offset: true }),
    /** Whether this was the last share: the award is made. */
    awardComplete: z.boolean(),
  }),
});

export type AwardShareConfirmedV1 = z.infer<typeof awardShareConfirmedV1.schema>;
