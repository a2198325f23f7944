import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { amendmentEventSchema } from './award-amendment-events.js';

export const awardAmendmentProposedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-amendment.proposed.v1',
  description:
    'The awarding foundation proposed an amendment of a made award (amount, shares, conditions or open tranches). Each co-funder whose share changes is asked to approve; with none to ask it is applied at once (award-amendment.applied follows in the same transaction).',
  public: false,
  schema: amendmentEventSchema.extend({
    reason: z.string(),
    proposedAt: z.iso.datetime({ offset: true }),
  }),
});

export type AwardAmendmentProposedV1 = z.infer<typeof awardAmendmentProposedV1.schema>;
