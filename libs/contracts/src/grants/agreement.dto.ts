import { z } from 'zod';
import { isoDateSchema } from '../partners/partners-schemas.js';
import { amountOreSchema } from './grants-schemas.js';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in hexadecimal');

/** What the grantee agrees to: the parties, the money per funder, the tranches and what each waits for. */
export const agreementTermsSchema = z.object({
  awardId: z.uuid(),
  programmeId: z.uuid(),
  title: z.string(),
  amountOre: amountOreSchema,
  grantee: z.object({ organisationId: z.uuid(), name: z.string() }),
  /** A joint application's grantees (the lead first) with their parts; absent for a single grantee. */
  partners: z
    .array(z.object({ organisationId: z.uuid(), name: z.string(), amountOre: amountOreSchema }))
    .optional(),
  funders: z.array(z.object({ organisationId: z.uuid(), name: z.string(), amountOre: amountOreSchema })),
  tranches: z.array(
    z.object({
      position: z.number().int(),
      amountOre: amountOreSchema,
      earliestDate: isoDateSchema,
      /** Keys of the reporting conditions the tranche waits for. */
      conditions: z.array(z.string()),
      /** The kind of report the funder must approve before it is paid, if any. */
      awaitsReport: z.string().nullable(),
      /** Whether it waits for the acceptance of this agreement. */
      awaitsAgreement: z.boolean(),
    }),
  ),
  /** The grantee's reporting duties: approved reports of these indicators for these periods. */
  reportingDuties: z.array(z.object({ key: z.string(), indicatorCode: z.string(), period: z.string() })),
});
export type AgreementTerms = z.infer<typeof agreementTermsSchema>;

/**
 * The grant agreement generated from an award once it is made: its terms, a version (a later
 * amendment makes a new one) and the SHA-256 of the terms as accepted, so an acceptance binds to
 * exactly the text the grantee saw.
 */
export const agreementSchema = z.object({
  version: z.number().int().positive(),
  termsSha256: sha256Hex,
  terms: agreementTermsSchema,
  status: z.enum(['awaiting-acceptance', 'accepted']),
  acceptedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The grantee's user who accepted (their name as their token gave it). */
  acceptedBy: z.string().nullable(),
});
export type AgreementDto = z.infer<typeof agreementSchema>;

/** The grantee accepts the version it read, named by its version and digest. */
export const acceptAgreementSchema = z
  .object({ version: z.number().int().positive(), termsSha256: sha256Hex })
  .strict();
export type AcceptAgreement = z.infer<typeof acceptAgreementSchema>;
