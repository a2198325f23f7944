import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { SOURCES, TOPICS } from '../topics.js';
import { grantReportEventSchema } from './grant-report-events.js';

export const grantReportSubmittedV1 = defineEvent({
  type: 'dk.samvirke.grants.grant-report.submitted.v1',
  topic: TOPICS.grants,
  source: SOURCES.grants,
  aggregate: 'programme',
  description:
    "The grantee submitted a narrative and financial report on an award for the call's foundation to decide.",
  public: false,
  schema: grantReportEventSchema.extend({
    submittedAt: z.iso.datetime({ offset: true }),
  }),
});

export type GrantReportSubmittedV1 = z.infer<typeof grantReportSubmittedV1.schema>;
