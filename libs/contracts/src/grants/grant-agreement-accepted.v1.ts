import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const grantAgreementAcceptedV1 = defineEvent({
  type: 'dk.samvirke.grants.grant-agreement.accepted.v1',
  topic: TOPICS.grants,
  source: SOURCES.grants,
  aggregate: 'programme',
  description:
    "The grantee accepted a version of an award's grant agreement, named by the SHA-256 of its terms.",
  public: false,
  schema: z.object({
    awardId: z.uuid(),
    programmeId: z.uuid(),
    granteeOrganisationId: z.uuid(),
    funderOrganisationIds: z.array(z.uuid()),
    title: z.string(),
    version: z.number().int().positive(),
    termsSha256: z.string().regex(/^[0-9a-f]{64}$/),
    acceptedAt: z.iso.datetime({ offset: true }),
  }),
});

export type GrantAgreementAcceptedV1 = z.infer<typeof grantAgreementAcceptedV1.schema>;
