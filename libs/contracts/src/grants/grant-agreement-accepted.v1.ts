import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';

export const grantAgreementAcceptedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant-agreement.accepted.v1',
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
