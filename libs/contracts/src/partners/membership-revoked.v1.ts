import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { isoDateSchema, membershipRoleSchema } from './partners-schemas.js';

export const membershipRevokedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.membership.revoked.v1',
  description: 'A membership ended (the organisation left, or its roles were replaced by a new membership).',
  public: true,
  schema: z.object({
    membershipId: z.uuid(),
    programmeId: z.uuid(),
    organisationId: z.uuid(),
    roles: z.array(membershipRoleSchema).min(1),
    leftOn: isoDateSchema,
  }),
});

export type MembershipRevokedV1 = z.infer<typeof membershipRevokedV1.schema>;
