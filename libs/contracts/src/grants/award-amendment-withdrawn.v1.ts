import { z } from 'zod';
import { amendmentEvent } from './award-amendment-events.js';

export const awardAmendmentWithdrawnV1 = amendmentEvent(
  'dk.samvirke.grants.award-amendment.withdrawn.v1',
  'The awarding foundation withdrew its pending amendment: it is not applied, the award keeps its terms, and the co-funders asked to approve it need not answer.',
  { reason: z.string(), withdrawnAt: z.iso.datetime({ offset: true }) },
);

export type AwardAmendmentWithdrawnV1 = z.infer<typeof awardAmendmentWithdrawnV1.schema>;
