import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { grantReportEventSchema } from './grant-report-events.js';

export const grantReportReturnedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant-report.returned.v1',
  description:
    "The call's foundation returned a grantee's report with comments; the grantee submits a new version.",
  public: false,
  schema: grantReportEventSchema.extend({
    decidedAt: z.iso.datetime({ offset: true }),
    comment: z.string(),
  }),
});

export type GrantReportReturnedV1 = z.infer<typeof grantReportReturnedV1.schema>;
