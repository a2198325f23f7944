import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { privilegeRoleSchema } from '../federation/privilege-roles.dto.js';
import { SOURCES, TOPICS } from '../topics.js';

export const privilegeRolesReplacedV1 = defineEvent({
  type: 'dk.samvirke.partners.privilege-roles.replaced.v1',
  topic: TOPICS.partners,
  source: SOURCES.partners,
  aggregate: 'privilege-roles',
  description:
    "A platform admin replaced the privilege table (privilege URI from an organisation's IdP → Samvirke role); it takes effect at each person's next login.",
  public: false,
  schema: z.object({
    entries: z.array(privilegeRoleSchema),
    replacedAt: z.iso.datetime({ offset: true }),
  }),
});

export type PrivilegeRolesReplacedV1 = z.infer<typeof privilegeRolesReplacedV1.schema>;
