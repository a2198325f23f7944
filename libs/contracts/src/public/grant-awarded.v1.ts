import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { positiveAmountOreSchema } from '../grants/grants-schemas.js';
import { PUBLIC_SOURCE, PUBLIC_TOPICS } from '../topics.js';

/**
 * Who got how much in which programme, split by co-funder; amounts in integer øre (DKK). The
 * application's free-text title stays out: free text may name people.
 */
export const publicGrantAwardedV1 = defineEvent({
  type: 'dk.samvirke.public.grant.awarded.v1',
  topic: PUBLIC_TOPICS.grants,
  source: PUBLIC_SOURCE,
  aggregate: 'programme',
  description: 'A grant was awarded to an organisation in a programme. Public stream.',
  public: true,
  schema: z.object({
    awardId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    amountOre: positiveAmountOreSchema,
    funders: z.array(z.object({ funderOrganisationId: z.uuid(), amountOre: positiveAmountOreSchema })).min(1),
    awardedAt: z.iso.datetime({ offset: true }),
  }),
});

export type PublicGrantAwardedV1 = z.infer<typeof publicGrantAwardedV1.schema>;
