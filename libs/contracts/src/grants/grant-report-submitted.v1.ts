import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { grantReportEventSchema } from './grant-report-events.js';

export const grantReportSubmittedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant-report.submitted.v1',
  description:
    "The grantee submitted a narrative and financial report on an award for the call's foundation to decide.",
  public: false,
  schema: grantReportEventSchema.extend({
    submittedAt: z.iso.datetime({ offset: true }),
  }),
});

export type GrantReportSubmittedV1 = z.infer<typeof grantReportSubmittedV1.schema>;
