import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { amountOreSchema } from './grants-schemas.js';

/** What every amendment event carries: the award, its parties and the amendment. Ids only. */
export const amendmentEventSchema = z.object({
  amendmentId: z.uuid(),
  awardId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  awardingOrganisationId: z.uuid(),
  title: z.string(),
  /** The award's amount before and after the amendment. */
  amountBeforeOre: amountOreSchema,
  amountAfterOre: amountOreSchema,
  /** The co-funders whose share changes: each must approve. */
  approverOrganisationIds: z.array(z.uuid()),
});

/** A grants event about an amendment (keyed by programme, not public): the common fields and its own. */
export function amendmentEvent<const T extends string, S extends z.ZodRawShape>(
  type: T,
  description: string,
  own: S,
) {
  return defineEvent({
    type,
    topic: TOPICS.grants,
    source: SOURCES.grants,
    aggregate: 'programme',
    description,
    public: false,
    schema: amendmentEventSchema.extend(own),
  });
}
