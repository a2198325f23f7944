import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { grantReportEventSchema } from './grant-report-events.js';

export const grantReportReturnedV1 = defineEvent({
  type: 'dk.samvirke.grants.grant-report.returned.v1',
  topic: TOPICS.grants,
  source: SOURCES.grants,
  aggregate: 'programme',
  description:
    "The call's foundation returned a grantee's report with comments; the grantee submits a new version.",
  public: false,
  schema: grantReportEventSchema.extend({
    decidedAt: z.iso.datetime({ offset: true }),
    comment: z.string(),
  }),
});

export type GrantReportReturnedV1 = z.infer<typeof grantReportReturnedV1.schema>;
