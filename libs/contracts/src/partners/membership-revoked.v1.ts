import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { isoDateSchema, membershipRoleSchema } from './partners-schemas.js';

export const membershipRevokedV1 = defineEvent({
  type: 'dk.samvirke.partners.membership.revoked.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'programme',
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
