import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { positiveAmountOreSchema } from './grants-schemas.js';

export const fundingCommittedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.funding.committed.v1',
  description: 'A foundation committed an amount (øre) to a programme for a period.',
  public: true,
  schema: z.object({
    commitmentId: z.uuid(),
    programmeId: z.uuid(),
    funderOrganisationId: z.uuid(),
    amountOre: positiveAmountOreSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    committedAt: z.iso.datetime({ offset: true }),
  }),
});

export type FundingCommittedV1 = z.infer<typeof fundingCommittedV1.schema>;
