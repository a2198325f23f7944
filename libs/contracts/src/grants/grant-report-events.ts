import { z } from 'zod';
import { grantReportKindSchema } from './grant-report.dto.js';

/** What every grant report event carries: which report of which award, and who is party to it. Ids only. */
export const grantReportEventSchema = z.object({
  reportId: z.uuid(),
  awardId: z.uuid(),
  programmeId: z.uuid(),
  granteeOrganisationId: z.uuid(),
  awardingOrganisationId: z.uuid(),
  title: z.string(),
  kind: grantReportKindSchema,
  trancheId: z.uuid().nullable(),
  version: z.number().int().positive(),
});
