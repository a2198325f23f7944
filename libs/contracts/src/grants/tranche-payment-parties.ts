import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { cvrSchema } from '../shared-schemas.js';
import { amountOreSchema } from './grants-schemas.js';

/**
 * What a funder's bookkeeping needs to pay its part of a tranche: who pays (organisation and CVR),
 * how much in øre, and when (a Danish bank day). CVR is null for an organisation registered without
 * one, or one grants heard of before it kept CVR numbers.
 */
export const tranchePartSchema = z.object({
  funderOrganisationId: z.uuid(),
  funderCvr: cvrSchema.nullable(),
  amountOre: amountOreSchema,
});

/** The payment facts grants adds to tranche.eligible: the grantee's CVR, the due date and each funder's part. */
export const tranchePaymentSchema = z.object({
  granteeCvr: cvrSchema.nullable(),
  /** The first Danish bank day on or after the earliest date and the day (in Denmark) it became eligible. */
  dueDate: isoDateSchema,
  parts: z.array(tranchePartSchema).min(1),
});
export type TranchePayment = z.infer<typeof tranchePaymentSchema>;
