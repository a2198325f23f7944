import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { amountOreSchema } from './grants-schemas.js';
import { amendmentEventSchema } from './award-amendment-events.js';

export const awardAmendmentAppliedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.award-amendment.applied.v1',
  description:
    'An amendment of a made award is applied: the award has its new amount, shares, conditions and open tranches, and its grant agreement a new version for the grantee to accept.',
  public: false,
  schema: amendmentEventSchema.extend({
    shares: z.array(z.object({ funderOrganisationId: z.uuid(), amountOre: amountOreSchema })),
    agreementVersion: z.number().int().positive(),
    appliedAt: z.iso.datetime({ offset: true }),
  }),
});

export type AwardAmendmentAppliedV1 = z.infer<typeof awardAmendmentAppliedV1.schema>;
