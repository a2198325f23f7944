import { z } from 'zod';
import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { acceptAgreementSchema, agreementSchema } from './agreement.dto.js';
import { awardGrantSchema, awardSchema, declineAwardShareSchema, recordPaymentSchema } from './award.dto.js';
import { AWARD_READERS, CALL_FUNDER, SHARE_FUNDER } from './grants-access-texts.js';

/** The grants service's award operations: awarding, co-funder consent and tranche payments. */
export const AWARD_OPERATIONS: readonly HttpOperation[] = [
  op.create('awardGrant', '/applications/{applicationId}/award', {
    summary:
      'Award: shares per co-funder, reporting conditions and tranches, each summing exactly to the amount',
    body: awardGrantSchema,
    ...access(
      `${CALL_FUNDER} A share of another foundation's commitment needs that foundation's confirmation: the award is pending until every co-funder confirms (its shares are reserved meanwhile); an award funded by the call's foundation alone is made at once.`,
    ).answers(awardSchema, 404, 409, 422),
  }),
  op.get('listAwards', '/programmes/{programmeId}/awards', {
    summary: "A programme's awards the caller may see, with tranches",
    ...access(AWARD_READERS).answers(z.array(awardSchema), 404),
  }),
  op.get('getAward', '/awards/{awardId}', {
    summary: 'One award with its conditions and tranches',
    ...access(AWARD_READERS).answers(awardSchema, 404),
  }),
  op.post('confirmAwardShare', '/awards/{awardId}/shares/{funderOrganisationId}/confirm', {
    summary: 'A co-funder confirms its share of a pending award; the last confirmation makes the award',
    ...access(SHARE_FUNDER).answers(awardSchema, 404, 409),
  }),
  op.post('declineAwardShare', '/awards/{awardId}/shares/{funderOrganisationId}/decline', {
    summary:
      'A co-funder declines its share of a pending award, with a reason: the award is not made and the application may be awarded anew',
    body: declineAwardShareSchema,
    ...access(SHARE_FUNDER).answers(awardSchema, 404, 409),
  }),
  op.post('recordTranchePayment', '/awards/{awardId}/tranches/{trancheId}/payment', {
    summary:
      "Record the caller's foundation's part of an eligible tranche as paid, with the payment reference; the tranche is paid when every funder's part is",
    body: recordPaymentSchema,
    ...access(
      'Officers of the funder whose part it is, for their own foundation only (403 for any other caller, platform admins included); only eligible tranches of a made award from their earliest date (409).',
    ).answers(awardSchema, 404, 409),
  }),
  op.get('getGrantAgreement', '/awards/{awardId}/agreement', {
    summary:
      'The grant agreement of a made award: parties, amounts per funder, tranches, reporting duties, its version and the SHA-256 of its terms, and whether the grantee has accepted it',
    ...access(`${AWARD_READERS} 409 while the award is not made (pending or declined).`).answers(
      agreementSchema,
      404,
      409,
    ),
  }),
  op.post('acceptGrantAgreement', '/awards/{awardId}/agreement/accept', {
    summary:
      'The grantee accepts the version of the agreement it read, named by version and SHA-256; accepting it again changes nothing',
    body: acceptAgreementSchema,
    ...access(
      "The grantee organisation's users (403 for any other caller who may see the award, platform admins included); 409 when the version or digest is not the agreement's current one.",
    ).answers(agreementSchema, 404, 409),
  }),
];
