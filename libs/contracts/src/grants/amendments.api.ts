import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import {
  amendmentSchema,
  awardHistorySchema,
  proposeAmendmentSchema,
  recordRefundSchema,
  refundSchema,
} from './award-amendment.dto.js';
import { AWARD_READERS } from './grants-access-texts.js';

/** The grants service's operations on a made award: amendments, their approval, refunds and history. */
export const AMENDMENT_OPERATIONS: readonly HttpOperation[] = [
  op.create('proposeAwardAmendment', '/awards/{awardId}/amendments', {
    summary:
      "Propose new terms for a made award (amount, shares, conditions, open tranches) with a reason; applied at once when no co-funder's share changes, else when every such co-funder approved",
    body: proposeAmendmentSchema,
    ...access(
      "The awarding foundation's officers and platform admins (403 for co-funders, the grantee and the backbone; 404 for anyone who cannot see the award); 409 while the award is not made or another amendment is pending; 422 naming every field that does not add up (shares, paid parts, remaining commitments, tranches).",
    ).answers(amendmentSchema, 404, 409, 422),
  }),
  op.post(
    'approveAwardAmendment',
    '/awards/{awardId}/amendments/{amendmentId}/funders/{funderOrganisationId}/approve',
    {
      summary:
        'A co-funder whose share the amendment changes approves it; the last approval applies it and the grant agreement gets a new version',
      ...access(
        "Officers of that co-funder only: not the awarding foundation, another foundation or a platform admin (403); 409 when it is not pending or this funder's approval is not needed or given already; 409 when the award no longer allows it (a tranche paid or a commitment spent meanwhile).",
      ).answers(amendmentSchema, 404, 409),
    },
  ),
  op.create('recordAwardRefund', '/awards/{awardId}/refunds', {
    summary:
      "Record money of a made award returned to one funder (refund of unspent funds, or claw-back): the funder's remaining commitment is restored by it",
    body: recordRefundSchema,
    ...access(
      "Officers of that funder or of the awarding foundation, and platform admins (403 for other funders' officers, the grantee and the backbone); 422 when it exceeds what the funder has paid of the award less what has come back already.",
    ).answers(refundSchema, 404, 409, 422),
  }),
  op.get('getAwardHistory', '/awards/{awardId}/history', {
    summary: "A made award's amendments (who proposed and approved, before and after) and refunds",
    ...access(AWARD_READERS).answers(awardHistorySchema, 404),
  }),
];
