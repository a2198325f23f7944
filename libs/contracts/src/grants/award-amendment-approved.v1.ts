import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { amendmentEventSchema } from './award-amendment-events.js';

export const awardAmendmentApprovedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-amendment.approved.v1',
  description:
    'A co-funder whose share an amendment changes approved it. The last approval applies it (award-amendment.applied follows in the same transaction).',
  public: false,
  schema: amendmentEventSchema.extend({
    funderOrganisationId: z.uuid(),
    approvedAt: z.iso.datetime({ offset: true }),
    /** Whether this was the last approval needed: the amendment is applied. */
    applied: z.boolean(),
  }),
});

export type AwardAmendmentApprovedV1 = z.infer<typeof awardAmendmentApprovedV1.schema>;
