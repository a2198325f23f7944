import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { awardShareEventSchema } from './award-share-events.js';

export const awardShareRequestedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-share.requested.v1',
  description:
    "A call's foundation proposed an award with a share of a co-funder's commitment; the award is pending until that co-funder's officer confirms (or declines) the share.",
  public: false,
  schema: awardShareEventSchema.extend({ requestedAt: z.iso.datetime({ offset: true }) }),
});

export type AwardShareRequestedV1 = z.infer<typeof awardShareRequestedV1.schema>;
