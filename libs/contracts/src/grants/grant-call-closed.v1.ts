import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';

export const grantCallClosedV1 = defineEvent({
  type: 'dk.samvirke.grants.grant-call.closed.v1',
  topic: TOPICS.grants,
  source: SOURCES.grants,
  aggregate: 'programme',
  description: 'A grant call reached its closing time; it takes no more applications.',
  public: true,
  schema: z.object({
    callId: z.uuid(),
    programmeId: z.uuid(),
    funderOrganisationId: z.uuid(),
    title: z.string(),
    closesAt: z.iso.datetime({ offset: true }),
    submittedApplications: z.number().int().nonnegative(),
  }),
});

export type GrantCallClosedV1 = z.infer<typeof grantCallClosedV1.schema>;
