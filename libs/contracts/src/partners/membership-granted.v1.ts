import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { isoDateSchema, membershipRoleSchema } from './partners-schemas.js';

export const membershipGrantedV1 = defineServiceEvent({
  type: 'dk.samvirke.partners.membership.granted.v1',
  description:
    'An organisation became a member of a programme with these roles (a change of roles ends the old membership and grants a new one).',
  public: true,
  schema: z.object({
    membershipId: z.uuid(),
    programmeId: z.uuid(),
    organisationId: z.uuid(),
    roles: z.array(membershipRoleSchema).min(1),
    joinedOn: isoDateSchema,
  }),
});

export type MembershipGrantedV1 = z.infer<typeof membershipGrantedV1.schema>;
