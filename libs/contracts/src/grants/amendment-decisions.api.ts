import type { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { amendmentSchema, declineAmendmentSchema, withdrawAmendmentSchema } from './award-amendment.dto.js';

const AMENDMENT = '/awards/{awardId}/amendments/{amendmentId}';

/** A decision on a pending amendment: it answers with the amendment, 404 for an unknown one, 409 when it is not pending. */
const decision = (
  operationId: string,
  path: string,
  body: z.ZodType,
  summary: string,
  description: string,
): HttpOperation => ({
  operationId,
  method: 'post',
  path: `${AMENDMENT}${path}`,
  summary,
  description,
  body,
  status: 200,
  response: amendmentSchema,
  errors: [404, 409],
});

/** A pending amendment that ends without being applied: declined by a co-funder, withdrawn by its proposers. */
export const AMENDMENT_DECISION_OPERATIONS: readonly HttpOperation[] = [
  decision(
    'declineAwardAmendment',
    '/funders/{funderOrganisationId}/decline',
    declineAmendmentSchema,
    'A co-funder whose share the amendment changes declines it with a reason: it is not applied and the award keeps its terms',
    "Officers of that co-funder only (403 for anyone else, platform admins too); 409 when it is not pending or this funder's approval is not needed or given already; 400 without a reason.",
  ),
  decision(
    'withdrawAwardAmendment',
    '/withdraw',
    withdrawAmendmentSchema,
    'The awarding foundation withdraws its pending amendment (optionally saying why): it is not applied and the co-funders asked need not answer',
    "The awarding foundation's officers and platform admins, as for proposing (403 for co-funders, the grantee and the backbone); 409 when it is not pending.",
  ),
];
