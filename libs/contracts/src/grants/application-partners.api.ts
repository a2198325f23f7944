import type { HttpOperation } from '../http/http-operation.js';
import { access, op } from '../http/operation-builder.js';
import { applicationSchema } from './application.dto.js';
import { declinePartnershipSchema, saveApplicationPartnersSchema } from './application-partners.dto.js';

/** Joint applications: the lead names its partners and their budgets, each partner answers. */
export const APPLICATION_PARTNER_OPERATIONS: readonly HttpOperation[] = [
  op.put('saveApplicationPartners', '/applications/{applicationId}/partners', {
    summary:
      "Name the partner organisations of a draft joint application with each one's part of the budget (the lead's part is the rest of the requested amount)",
    body: saveApplicationPartnersSchema,
    ...access(
      'Users of the lead applicant organisation (404 for anyone else). 409 once submitted; 422 naming each partner that is the lead itself, named twice or unknown, and budgets that leave the lead nothing. A partner whose budget is unchanged keeps its answer; a new or changed one is asked again.',
    ).answers(applicationSchema, 404, 409, 422),
  }),
  op.post('confirmPartnership', '/applications/{applicationId}/partners/{organisationId}/confirm', {
    summary: 'A partner organisation confirms its participation in the joint application',
    ...access(
      'Users of that partner organisation only (403 for others who see the application, 404 for anyone else). 409 once submitted.',
    ).answers(applicationSchema, 404, 409),
  }),
  op.post('declinePartnership', '/applications/{applicationId}/partners/{organisationId}/decline', {
    summary: 'A partner organisation declines to take part, with a reason; the lead is told',
    body: declinePartnershipSchema,
    ...access(
      'Users of that partner organisation only (403 for others who see the application, 404 for anyone else). 409 once submitted.',
    ).answers(applicationSchema, 404, 409),
  }),
];
