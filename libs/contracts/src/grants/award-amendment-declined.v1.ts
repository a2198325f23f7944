import { z } from 'zod';
import { amendmentEvent } from './award-amendment-events.js';

export const awardAmendmentDeclinedV1 = amendmentEvent(
  'dk.samvirke.grants.award-amendment.declined.v1',
  'A co-funder whose share a pending amendment changes declined it, with a reason: the amendment is not applied and the award keeps its terms; the awarding foundation may propose another.',
  { funderOrganisationId: z.uuid(), reason: z.string(), declinedAt: z.iso.datetime({ offset: true }) },
);

export type AwardAmendmentDeclinedV1 = z.infer<typeof awardAmendmentDeclinedV1.schema>;
