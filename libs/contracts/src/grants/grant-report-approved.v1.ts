import { z } from 'zod';
import { defineServiceEvent } from '../define-event.js';
import { grantReportEventSchema } from './grant-report-events.js';

export const grantReportApprovedV1 = defineServiceEvent({
  type: 'dk.samvirke.grants.grant-report.approved.v1',
  description:
    "The call's foundation approved a grantee's report; a tranche that waited for it may become eligible.",
  public: false,
  schema: grantReportEventSchema.extend({
    decidedAt: z.iso.datetime({ offset: true }),
  }),
});

export type GrantReportApprovedV1 = z.infer<typeof grantReportApprovedV1.schema>;
